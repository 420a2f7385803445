package id.saring.catalog.question.chatthread;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words chat thread questions print on worksheets and show on review pages. */
@MessageKeys
final class ChatThreadMessages {

    static final String WORKSHEET_CHAT_GROUP = "worksheet.chat.group";
    static final String WORKSHEET_CHAT_HINT = "worksheet.chat.hint";

    private ChatThreadMessages() {}
}
