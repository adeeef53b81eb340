package org.moisson.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Where synthetic records lie: ~75% in France or Europe, ~17% elsewhere, ~5% across the
 * antimeridian, ~3% the whole globe; a box inside the place's box, or a point (~30%).
 */
final class CorpusGeo {
  private final List<CorpusWords.Place> near;
  private final List<CorpusWords.Place> far;
  private final List<CorpusWords.Place> crossing;
  private final List<CorpusWords.Place> global;

  CorpusGeo(List<CorpusWords.Place> places) {
    near = places.stream().filter(p -> p.west() <= p.east() && p.west() >= -25 && p.east() <= 45 && p.south() >= 34
        && p.north() <= 72).toList();
    crossing = places.stream().filter(p -> p.west() > p.east()).toList();
    global = places.stream().filter(p -> p.east() - p.west() >= 360).toList();
    far = places.stream().filter(p -> !near.contains(p) && !crossing.contains(p) && !global.contains(p)).toList();
  }

  CorpusWords.Place place(SplittableRandom r) {
    int n = r.nextInt(100);
    List<CorpusWords.Place> from = n < 75 ? near : n < 92 ? far : n < 97 ? crossing : global;
    return from.get(r.nextInt(from.size()));
  }

  /** One geoLocation, sometimes two (a second, smaller area of the same place). */
  void write(XmlText x, SplittableRandom r, CorpusWords.Place p) {
    x.open("geoLocations");
    for (int k = 0, n = r.nextInt(10) == 0 ? 2 : 1; k < n; k++) {
      x.open("geoLocation");
      if (r.nextInt(100) < 70) x.element("geoLocationPlace", p.name());
      double width = p.west() <= p.east() ? p.east() - p.west() : p.east() - p.west() + 360;
      double height = p.north() - p.south();
      if (r.nextInt(100) < 30) {
        x.open("geoLocationPoint");
        x.element("pointLongitude", number(wrap(p.west() + r.nextDouble() * width)));
        x.element("pointLatitude", number(p.south() + r.nextDouble() * height));
        x.close("geoLocationPoint");
      } else {
        double w = width * (0.05 + 0.95 * r.nextDouble());
        double h = height * (0.05 + 0.95 * r.nextDouble());
        double west = p.west() + r.nextDouble() * (width - w);
        double south = p.south() + r.nextDouble() * (height - h);
        boolean whole = width >= 360;
        x.open("geoLocationBox");
        x.element("westBoundLongitude", number(whole ? -180 : wrap(west)));
        x.element("eastBoundLongitude", number(whole ? 180 : wrap(west + w)));
        x.element("southBoundLatitude", number(south));
        x.element("northBoundLatitude", number(south + h));
        x.close("geoLocationBox");
      }
      x.close("geoLocation");
    }
    x.close("geoLocations");
  }

  /** A longitude back in [-180, 180] after crossing the antimeridian. */
  static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
