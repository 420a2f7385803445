package id.saring.catalog.question;

/** Something a student should notice in a question (a marked phrase of a hoax post), by id and in the words shown. */
public record RedFlag(String id, String text) {}
