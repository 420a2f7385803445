package id.saring.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads forms out of Saring's pages and writes their bodies the way a browser (and quiz.js) does:
 * fields in document order, {@code application/x-www-form-urlencoded}, only checked boxes and
 * radios, every select and text field, the clicked button only. Shared by the load benchmark
 * (src/bench) and the failover and backup tests' students (src/test/cluster/Failover.java, which
 * its scripts run with this class compiled on their own: it needs nothing but the JDK).
 */
public final class HtmlForms {

    private HtmlForms() {}

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD =
            Pattern.compile("<(input)\\b([^>]*)>()|<(select|textarea|button)\\b([^>]*)>(.*?)</\\4>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    /** One form control: its type (text, password, hidden, radio, checkbox, select, submit...). */
    public record Field(String type, String name, String value, List<String> options) {}

    /** A form: where it posts, and its controls in document order. */
    public record Form(String action, String attributes, List<Field> fields) {

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> name.equals(f.name())).findFirst();
        }

        public String value(String name) {
            return field(name).map(Field::value).orElseThrow(() -> new IllegalStateException("no field " + name));
        }

        /** The body a browser posts for this form when {@code submitter} is clicked. */
        public String body(Map<String, String> typed, String submitter) {
            StringBuilder body = new StringBuilder();
            for (Field f : fields) {
                switch (f.type()) {
                    case "hidden" -> append(body, f.name(), typed.getOrDefault(f.name(), f.value()));
                    case "text", "password", "textarea" -> append(body, f.name(), typed.getOrDefault(f.name(), ""));
                    case "submit" -> {
                        if (f.name().equals(submitter)) {
                            append(body, f.name(), f.value());
                        }
                    }
                    default -> {}
                }
            }
            return body.toString();
        }

        /** The login form's body: the username in its text field, the password, its button pressed. */
        public String logIn(String username, String password) {
            String user = null;
            String secret = null;
            String button = null;
            for (Field field : fields) {
                switch (field.type()) {
                    case "text" -> user = field.name();
                    case "password" -> secret = field.name();
                    case "submit" -> button = field.name();
                    default -> {}
                }
            }
            if (user == null || secret == null || button == null) {
                throw new IllegalStateException("login form without user, password or button: " + fields);
            }
            return body(Map.of(user, username, secret, password), button);
        }
    }

    /**
     * A question's answer form on the attempt page; the envelope (attempt, question, sequence, at)
     * and the answer controls as the page has them.
     */
    public record AnswerForm(String question, Form form) {

        /** The fields of an answer post that are not the answer: AnswerEnvelope.FIELDS, which its test checks. */
        public static final Set<String> ENVELOPE =
                Set.of("csrf", "attempt", "question", "sequence", "at", "action", "next");

        /**
         * The body quiz.js posts when a student has answered this question: {@code new
         * URLSearchParams(new FormData(form))} with the given sequence, so the envelope first and
         * then the answer fields in document order. A radio group gets one value, a set of
         * checkboxes at least one, a row of selects (matching, ordering) distinct values where it
         * can, a text field a few words and a number (so that two saves differ). {@code check}
         * adds the "Periksa" button.
         */
        public String body(Random random, int sequence, boolean check) {
            Map<String, List<Field>> groups = new LinkedHashMap<>();
            for (Field f : form.fields()) {
                groups.computeIfAbsent(f.type() + " " + f.name(), k -> new ArrayList<>())
                        .add(f);
            }
            List<String> selectValues = selectValues(random);
            Map<String, Field> chosenRadio = new LinkedHashMap<>();
            Map<String, List<Field>> chosenBoxes = new LinkedHashMap<>();
            groups.forEach((key, members) -> {
                if (key.startsWith("radio ")) {
                    chosenRadio.put(key, members.get(random.nextInt(members.size())));
                } else if (key.startsWith("checkbox ")) {
                    List<Field> picked = new ArrayList<>();
                    for (Field box : members) {
                        if (random.nextBoolean()) {
                            picked.add(box);
                        }
                    }
                    if (picked.isEmpty()) {
                        picked.add(members.get(random.nextInt(members.size())));
                    }
                    chosenBoxes.put(key, picked);
                }
            });
            StringBuilder body = new StringBuilder();
            int select = 0;
            for (Field f : form.fields()) {
                String key = f.type() + " " + f.name();
                switch (f.type()) {
                    case "hidden" ->
                        append(body, f.name(), f.name().equals("sequence") ? String.valueOf(sequence) : f.value());
                    case "radio" -> {
                        if (chosenRadio.get(key) == f) {
                            append(body, f.name(), f.value());
                        }
                    }
                    case "checkbox" -> {
                        if (chosenBoxes.get(key).contains(f)) {
                            append(body, f.name(), f.value());
                        }
                    }
                    case "select" -> append(body, f.name(), selectValues.get(select++));
                    case "text", "textarea" -> append(body, f.name(), "takut ketinggalan " + random.nextInt(1000));
                    default -> {}
                }
            }
            if (check) {
                append(body, "action", "check");
            }
            return body.toString();
        }

        /** The sequence the page gave this question's form: the next save's number. */
        public int sequence() {
            return Integer.parseInt(form.value("sequence"));
        }

        /** The selects' values: a shuffle of the first's options when all offer the same set. */
        private List<String> selectValues(Random random) {
            List<String> values = new ArrayList<>();
            List<Field> selects = form.fields().stream()
                    .filter(f -> f.type().equals("select"))
                    .toList();
            if (selects.isEmpty()) {
                return values;
            }
            List<String> choices = new ArrayList<>(options(selects.get(0)));
            Collections.shuffle(choices, random);
            for (int i = 0; i < selects.size(); i++) {
                List<String> own = options(selects.get(i));
                boolean sameSet = own.size() == choices.size() && own.containsAll(choices);
                values.add(
                        sameSet && i < choices.size()
                                ? choices.get(i)
                                : own.isEmpty() ? "" : own.get(random.nextInt(own.size())));
            }
            return values;
        }

        private static List<String> options(Field select) {
            return select.options().stream().filter(v -> !v.isEmpty()).toList();
        }
    }

    public static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            forms.add(new Form(attribute(form.group(1), "action"), form.group(1), fields(form.group(2))));
        }
        return forms;
    }

    /** The first form whose start tag or content contains {@code marker}. */
    public static Form form(String html, String marker) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(0).contains(marker)) {
                return new Form(attribute(form.group(1), "action"), form.group(1), fields(form.group(2)));
            }
        }
        throw new IllegalStateException("no form with " + marker);
    }

    /** The attempt page's answer forms, in question order. */
    public static List<AnswerForm> answerForms(String html) {
        List<AnswerForm> answers = new ArrayList<>();
        for (Form form : forms(html)) {
            if (form.attributes().contains("class=\"answer\"")) {
                answers.add(new AnswerForm(attribute(form.attributes(), "data-question"), form));
            }
        }
        return answers;
    }

    /** All {@code href}s that contain {@code part}, decoded. */
    public static List<String> links(String html, String part) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = decode(href.group(1));
            if (link.contains(part)) {
                links.add(link);
            }
        }
        return links;
    }

    public static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        return m.find() ? decode(m.group(1)) : null;
    }

    /** Text as the browser reads it from an attribute: character references replaced. */
    public static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String e = entity.group(1);
            String replacement =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                            new String(Character.toChars(
                                    e.startsWith("#x")
                                            ? Integer.parseInt(e.substring(2), 16)
                                            : Integer.parseInt(e.substring(1))));
                    };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static List<Field> fields(String formHtml) {
        List<Field> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(formHtml);
        while (field.find()) {
            boolean input = field.group(1) != null;
            String tag = input ? "input" : field.group(4);
            String attributes = input ? field.group(2) : field.group(5);
            String content = input ? "" : field.group(6);
            String name = attribute(attributes, "name");
            if (name == null || attributes.contains("disabled=")) {
                continue;
            }
            switch (tag) {
                case "input" -> fields.add(control(attributes, name, "text"));
                case "select" -> {
                    List<String> options = new ArrayList<>();
                    Matcher option = OPTION.matcher(content);
                    while (option.find()) {
                        options.add(Optional.ofNullable(attribute(option.group(1), "value"))
                                .orElse(""));
                    }
                    fields.add(new Field("select", name, options.isEmpty() ? "" : options.get(0), options));
                }
                case "textarea" -> fields.add(new Field("textarea", name, "", List.of()));
                case "button" -> fields.add(control(attributes, name, "submit"));
                default -> {}
            }
        }
        return fields;
    }

    /** An input or a button: its type (HTML's default when none is written) and value. */
    private static Field control(String attributes, String name, String defaultType) {
        return new Field(
                Optional.ofNullable(attribute(attributes, "type")).orElse(defaultType),
                name,
                Optional.ofNullable(attribute(attributes, "value")).orElse(""),
                List.of());
    }

    private static void append(StringBuilder body, String name, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
