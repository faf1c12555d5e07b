package vn.cchc.intake;

/**
 * A value the upload preview offers for a correction: a province (of either generation) or a
 * department type, as {@link Correction} takes it (the slug) and as the user reads it (the name).
 */
public record CorrectionChoice(String slug, String name) {
}
