package org.moisson.web;

import org.springframework.stereotype.Component;

/** Links the dataset template builds: {@code ${@datasetLinks.ror(id)}}. */
@Component("datasetLinks")
public class DatasetLinks {
  /** An affiliation's ROR page, whether the source gave the bare id or its URL. */
  public String ror(String ror) {
    return DatasetViews.rorUrl(ror);
  }
}
