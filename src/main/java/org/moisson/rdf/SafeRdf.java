package org.moisson.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.io.PeekReader;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * RDF parsing for harvested input. Nothing is fetched while parsing but the JSON-LD contexts a
 * {@link ContextCache} allows (bundled, cached, or fetched once into the cache); an unknown remote
 * context fails the parse with a message naming it. RDF/XML external entities are never read.
 * Any parse error, not only a fatal one, fails the whole document with its line and column,
 * because a half-read catalogue page would look like deleted datasets.
 *
 * <pre>{@code
 * Model m = SafeRdf.parse(bytes, Lang.JSONLD, "https://example.org/catalog?page=1", contexts);
 * Model payload = SafeRdf.parse(nTriples, Lang.NTRIPLES, null); // bundled contexts only
 * }</pre>
 */
public final class SafeRdf {
  private static final Set<Lang> READ_FROM_STRING = Set.of(Lang.NTRIPLES, Lang.NQUADS, Lang.TURTLE, Lang.TRIG);
  private SafeRdf() {}

  /** Like {@link #parse(byte[], Lang, String, ContextCache)} with only the bundled contexts. */
  public static Model parse(byte[] bytes, Lang lang, String base) {
    return parse(bytes, lang, base, ContextCache.bundledOnly());
  }

  public static Model parse(String text, Lang lang, String base) {
    return parse(text, lang, base, ContextCache.bundledOnly());
  }

  /**
   * A text in one of Jena's tokenised syntaxes (a harvested record's N-Triples) is read from the
   * string itself: from bytes, Jena allocates a buffer of 128K characters a document, a fifth of
   * the cost of parsing a record of 40 triples (105 µs against 86).
   */
  public static Model parse(String text, Lang lang, String base, ContextCache contexts) {
    if (!READ_FROM_STRING.contains(lang)) return parse(text.getBytes(StandardCharsets.UTF_8), lang, base, contexts);
    return parse(p -> p.source(PeekReader.readString(text)), lang, base, contexts);
  }

  /**
   * @param base the IRI relative references resolve against (the page URL); may be null
   * @param contexts where JSON-LD remote contexts come from
   * @throws RdfException with the parser's message when the document is not valid {@code lang}
   */
  public static Model parse(byte[] bytes, Lang lang, String base, ContextCache contexts) {
    return parse(p -> p.source(new ByteArrayInputStream(bytes)), lang, base, contexts);
  }

  private static Model parse(UnaryOperator<RDFParserBuilder> source, Lang lang, String base, ContextCache contexts) {
    DatasetGraph quads = DatasetGraphFactory.create();
    JsonLdOptions options = new JsonLdOptions(contexts::load);
    try {
      source.apply(RDFParser.create())
          .forceLang(lang)
          .base(base)
          .set(LangJSONLD11.JSONLD_OPTIONS, options)
          .errorHandler(FAIL_ON_ERROR)
          .parse(quads);
    } catch (RiotException e) {
      throw new RdfException("not valid " + lang.getLabel() + ": " + message(e), e);
    }
    // JSON-LD written by rdflib puts everything in a named graph ("@graph" with an "@id"):
    // catalogues mean one graph, so every graph is merged into one model.
    Model model = ModelFactory.createModelForGraph(quads.getDefaultGraph());
    quads.listGraphNodes().forEachRemaining(g -> GraphUtil.addInto(model.getGraph(), quads.getGraph(g)));
    return model;
  }

  private static String message(RiotException e) {
    if (e.getMessage() != null) return e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null ? e.getClass().getSimpleName() : cause.getMessage();
  }

  /** Warnings (an odd IRI, an unknown datatype) are the norm in the wild and do not stop a page. */
  private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
    @Override
    public void warning(String message, long line, long col) {}

    @Override
    public void error(String message, long line, long col) {
      throw new RiotException(at(message, line, col));
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotException(at(message, line, col));
    }
  };

  private static String at(String message, long line, long col) {
    return line < 0 ? message : "line " + line + ", column " + col + ": " + message;
  }
}
