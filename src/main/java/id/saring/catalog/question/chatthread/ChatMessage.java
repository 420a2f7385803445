package id.saring.catalog.question.chatthread;

import id.saring.catalog.text.LocalizedText;

/** One message in the thread, as a chat app shows it. */
public record ChatMessage(String from, String time, boolean forwarded, LocalizedText text) {}
