package id.saring.infrastructure.i18n;

/**
 * Someone signed in chose a language with {@code ?lang=}. Fired by {@link LanguageFilter} so the
 * feature that keeps accounts can remember it, without the web layer knowing accounts.
 */
public record LanguageChosen(String username, String languageTag) {}
