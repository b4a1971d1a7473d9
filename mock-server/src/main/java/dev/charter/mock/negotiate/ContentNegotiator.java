package dev.charter.mock.negotiate;

import java.util.List;

/**
 * Picks the media type of a response from those the spec documents, by the request's {@code
 * Accept} header (RFC 9110 §12.5.1): the offered type with the highest quality, where the most
 * specific range that includes it sets its quality; ties go to the order the spec lists them in.
 * Without an {@code Accept} header, or with {@code *}{@code /*}, the first documented type is used.
 */
public final class ContentNegotiator {
  private ContentNegotiator() {}

  /** The index of the chosen type in {@code offered}, or -1 when the request accepts none of them (406). */
  public static int choose(String accept, List<MediaRange> offered) {
    if (offered.isEmpty()) {
      return -1;
    }
    if (accept == null || accept.isBlank() || accept.equals("*/*")) {
      return 0;
    }
    for (int i = 0; i < offered.size(); i++) {
      if (offered.get(i).isEssence(accept)) {
        return i;
      }
    }
    List<MediaRange> ranges = MediaRange.parseAccept(accept);
    if (ranges.isEmpty()) {
      return 0;
    }
    int best = -1;
    double bestQ = 0;
    for (int i = 0; i < offered.size(); i++) {
      MediaRange o = offered.get(i);
      int specificity = -1;
      double q = 0;
      for (MediaRange r : ranges) {
        if (r.includes(o) && r.specificity() > specificity) {
          specificity = r.specificity();
          q = r.quality();
        }
      }
      if (specificity >= 0 && q > bestQ) {
        best = i;
        bestQ = q;
      }
    }
    return best;
  }
}
