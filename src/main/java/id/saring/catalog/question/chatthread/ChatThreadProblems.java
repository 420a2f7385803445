package id.saring.catalog.question.chatthread;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a chat thread question. */
@MessageKeys(Problem.BUNDLE)
final class ChatThreadProblems {

    static final String QUESTION_CHAT_NO_MESSAGES = "question.chat.noMessages";

    private ChatThreadProblems() {}
}
