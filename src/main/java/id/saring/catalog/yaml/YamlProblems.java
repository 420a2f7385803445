package id.saring.catalog.yaml;

import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a YAML file: its syntax, and the keys and values it holds. */
@MessageKeys(Problem.BUNDLE)
public final class YamlProblems {

    public static final String YAML_BAD_BOOLEAN = "yaml.badBoolean";
    public static final String YAML_BAD_CHOICE = "yaml.badChoice";
    public static final String YAML_BAD_ID = "yaml.badId";
    public static final String YAML_BAD_NUMBER = "yaml.badNumber";
    public static final String YAML_DUPLICATE_ID = "yaml.duplicateId";
    public static final String YAML_DUPLICATE_KEY = "yaml.duplicateKey";
    public static final String YAML_INDONESIAN_REQUIRED = "yaml.indonesianRequired";
    public static final String YAML_ITEM_NOT_MAPPING = "yaml.itemNotMapping";
    public static final String YAML_ITEM_NOT_TEXT = "yaml.itemNotText";
    public static final String YAML_MISSING = "yaml.missing";
    public static final String YAML_NOT_LIST = "yaml.notList";
    public static final String YAML_NOT_MAPPING = "yaml.notMapping";
    public static final String YAML_NOT_MAPPING_KEY = "yaml.notMapping.key";
    public static final String YAML_NOT_TEXT = "yaml.notText";
    public static final String YAML_SYNTAX = "yaml.syntax";
    public static final String YAML_SYNTAX_ALIAS = "yaml.syntax.alias";
    public static final String YAML_SYNTAX_ANCHOR = "yaml.syntax.anchor";
    public static final String YAML_SYNTAX_BRACKET = "yaml.syntax.bracket";
    public static final String YAML_SYNTAX_CHARACTER = "yaml.syntax.character";
    public static final String YAML_SYNTAX_COLON = "yaml.syntax.colon";
    public static final String YAML_SYNTAX_END_TOO_SOON = "yaml.syntax.endTooSoon";
    public static final String YAML_SYNTAX_INDENTATION = "yaml.syntax.indentation";
    public static final String YAML_SYNTAX_MISSING_COLON = "yaml.syntax.missingColon";
    public static final String YAML_SYNTAX_MISSING_VALUE = "yaml.syntax.missingValue";
    public static final String YAML_SYNTAX_TAB = "yaml.syntax.tab";
    public static final String YAML_SYNTAX_TWO_DOCUMENTS = "yaml.syntax.twoDocuments";
    public static final String YAML_SYNTAX_UNCLOSED_QUOTE = "yaml.syntax.unclosedQuote";
    public static final String YAML_UNKNOWN_KEY = "yaml.unknownKey";
    public static final String YAML_UNKNOWN_LANGUAGE = "yaml.unknownLanguage";

    private YamlProblems() {}
}
