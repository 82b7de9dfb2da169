package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to one supporting document of a reported parameter: its kind, the document id in the
 * entity's records, the SHA-256 digest of the uploaded file and the date it was uploaded.
 *
 * <p>The digest lets a reviewer prove that the file seen is the file uploaded; the upload date is
 * checked against the 40-calendar-day deadline after the month ends (AG-STEEL-2024 §10.2 [V]) by the
 * review rules, not here. The digest is normalised to lower case. Create with
 * {@code Evidence.of(EvidenceKind.LAB_REPORT, "LAB-2025-031", sha256Hex, LocalDate.of(2025, 2, 20))}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractEvidence {
  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * The kind of document.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract EvidenceKind kind();

  /**
   * The document's id in the entity's records, e.g. {@code "LEDGER-2025-01-coal"}.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  public abstract String documentId();

  /**
   * The SHA-256 digest of the uploaded file, 64 lower-case hexadecimal characters.
   *
   * @return the digest
   */
  @Value.Parameter
  public abstract String sha256();

  /**
   * The date the document was uploaded.
   *
   * @return the upload date
   */
  @Value.Parameter
  public abstract LocalDate uploaded();

  @Value.Check
  AbstractEvidence normalise() {
    Checks.notBlank("documentId", documentId());
    String digest = sha256().toLowerCase(Locale.ROOT);
    if (!SHA_256_HEX.matcher(digest).matches()) {
      throw new EtsValidationException("sha256", sha256(), "must be 64 hexadecimal characters (a SHA-256 digest)");
    }
    return digest.equals(sha256()) ? this : Evidence.copyOf(this).withSha256(digest);
  }
}
