package id.saring.catalog.question;

import id.saring.catalog.question.chatthread.ChatThreadType;
import id.saring.catalog.question.hoaxpost.HoaxPostType;
import id.saring.catalog.question.matching.MatchingType;
import id.saring.catalog.question.multiple.MultipleResponseType;
import id.saring.catalog.question.ordering.OrderingType;
import id.saring.catalog.question.shortanswer.ShortAnswerType;
import id.saring.catalog.question.single.SingleChoiceType;
import id.saring.catalog.question.truefalse.TrueFalseType;
import java.util.List;
import java.util.Optional;

/** Every question type Saring knows: the one list to extend when a type is added. */
public final class QuestionTypes {

    public static final List<QuestionType> ALL = List.of(
            new SingleChoiceType(),
            new MultipleResponseType(),
            new TrueFalseType(),
            new MatchingType(),
            new OrderingType(),
            new ShortAnswerType(),
            new HoaxPostType(),
            new ChatThreadType());

    private QuestionTypes() {}

    public static Optional<QuestionType> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(QuestionType::name).toList();
    }
}
