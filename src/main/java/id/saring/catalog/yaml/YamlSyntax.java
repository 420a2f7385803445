package id.saring.catalog.yaml;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SnakeYAML Engine's English syntax errors mean, said to a course author in their language: a
 * problem key of the problems bundle and its arguments. The engine's text is matched, never shown;
 * an error not recognised here is reported as a general "not written correctly" at its line.
 */
final class YamlSyntax {

    /** A problem key with its arguments. */
    record Said(String key, List<Object> arguments) {

        Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    private static final Pattern CHARACTER = Pattern.compile("found character '([^']*)' that cannot start any token");

    private static final Pattern ALIAS = Pattern.compile("found undefined alias (\\S+)");

    private YamlSyntax() {}

    static Said describe(String problem) {
        String text = Optional.ofNullable(problem).orElse("");
        if (text.contains("\\t(TAB)") || text.contains("\t")) {
            return said(YamlProblems.YAML_SYNTAX_TAB);
        }
        Matcher character = CHARACTER.matcher(text);
        if (character.find()) {
            return said(YamlProblems.YAML_SYNTAX_CHARACTER, character.group(1));
        }
        if (text.contains("mapping values are not allowed")) {
            return said(YamlProblems.YAML_SYNTAX_COLON);
        }
        if (text.contains("could not find expected ':'")) {
            return said(YamlProblems.YAML_SYNTAX_MISSING_COLON);
        }
        if (text.contains("expected the node content") && text.contains("<stream end>")
                || text.contains("expected ',' or") && text.contains("<stream end>")) {
            return said(YamlProblems.YAML_SYNTAX_END_TOO_SOON);
        }
        if (text.contains("expected ',' or")) {
            return said(YamlProblems.YAML_SYNTAX_BRACKET);
        }
        if (text.contains("expected the node content")) {
            return said(YamlProblems.YAML_SYNTAX_MISSING_VALUE);
        }
        if (text.contains("unexpected end of stream")) {
            return said(YamlProblems.YAML_SYNTAX_UNCLOSED_QUOTE);
        }
        if (text.contains("expected <block end>") || text.contains("did not find expected key")) {
            return said(YamlProblems.YAML_SYNTAX_INDENTATION);
        }
        Matcher alias = ALIAS.matcher(text);
        if (alias.find()) {
            return said(YamlProblems.YAML_SYNTAX_ALIAS, alias.group(1));
        }
        if (text.contains("anchor") || text.contains("alias")) {
            return said(YamlProblems.YAML_SYNTAX_ANCHOR);
        }
        if (text.contains("another document")) {
            return said(YamlProblems.YAML_SYNTAX_TWO_DOCUMENTS);
        }
        return said(YamlProblems.YAML_SYNTAX);
    }

    private static Said said(String key, Object... arguments) {
        return new Said(key, List.of(arguments));
    }
}
