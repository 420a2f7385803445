package id.saring.quiz.type;

import id.saring.quiz.type.chatthread.ChatThreadType;
import id.saring.quiz.type.hoaxpost.HoaxPostType;
import id.saring.quiz.type.matching.MatchingType;
import id.saring.quiz.type.multiple.MultipleResponseType;
import id.saring.quiz.type.ordering.OrderingType;
import id.saring.quiz.type.shortanswer.ShortAnswerType;
import id.saring.quiz.type.single.SingleChoiceType;
import id.saring.quiz.type.truefalse.TrueFalseType;
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
