package vn.cchc.api;

/** Every refusal of the API: one line saying why. */
public record ApiError(String error) {
}
