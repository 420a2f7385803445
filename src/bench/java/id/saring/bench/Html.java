package id.saring.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads forms out of Saring's pages and writes their bodies the way a browser does: fields in
 * document order, {@code application/x-www-form-urlencoded}, only checked boxes and radios, every
 * select and text field, the clicked button only.
 */
final class Html {

    private Html() {}

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD =
            Pattern.compile("<(input)\\b([^>]*)>()|<(select|textarea|button)\\b([^>]*)>(.*?)</\\4>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    /** One form control: its type (text, password, hidden, radio, checkbox, select, submit...). */
    record Field(String type, String name, String value, List<String> options) {}

    /** A form: where it posts, and its controls in document order. */
    record Form(String action, String attributes, List<Field> fields) {

        Optional<Field> field(String name) {
            return fields.stream().filter(f -> name.equals(f.name())).findFirst();
        }

        String value(String name) {
            return field(name).map(Field::value).orElseThrow(() -> new IllegalStateException("no field " + name));
        }

        /** The body a browser posts for this form when {@code submitter} is clicked. */
        String body(Map<String, String> typed, String submitter) {
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
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            forms.add(new Form(attribute(attributes, "action"), attributes, fields(form.group(2))));
        }
        return forms;
    }

    /** The first form whose start tag or content contains {@code marker}. */
    static Form form(String html, String marker) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(0).contains(marker)) {
                return new Form(attribute(form.group(1), "action"), form.group(1), fields(form.group(2)));
            }
        }
        throw new IllegalStateException("no form with " + marker);
    }

    static List<Field> fields(String formHtml) {
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
                case "input" -> {
                    String type =
                            Optional.ofNullable(attribute(attributes, "type")).orElse("text");
                    fields.add(new Field(
                            type,
                            name,
                            Optional.ofNullable(attribute(attributes, "value")).orElse(""),
                            List.of()));
                }
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
                case "button" -> {
                    String type =
                            Optional.ofNullable(attribute(attributes, "type")).orElse("submit");
                    fields.add(new Field(
                            type,
                            name,
                            Optional.ofNullable(attribute(attributes, "value")).orElse(""),
                            List.of()));
                }
                default -> {}
            }
        }
        return fields;
    }

    /**
     * A question's answer form on the attempt page; the envelope (attempt, question, sequence, at)
     * and the answer controls as the page has them.
     */
    record AnswerForm(String question, Form form) {

        /**
         * The body quiz.js posts when a student has answered this question: {@code new
         * URLSearchParams(new FormData(form))} with the sequence the form holds, so the envelope
         * first and then the answer fields in document order. A radio group gets one value, a set
         * of checkboxes at least one, a row of selects (matching, ordering) distinct values where
         * it can, a text field a few words. {@code submitter} "check" is the "Periksa" button.
         */
        String body(Random random, int sequence, boolean check) {
            Map<String, List<Field>> groups = new LinkedHashMap<>();
            for (Field f : form.fields()) {
                groups.computeIfAbsent(f.type() + " " + f.name(), k -> new ArrayList<>())
                        .add(f);
            }
            List<String> selectValues = new ArrayList<>();
            List<Field> selects = form.fields().stream()
                    .filter(f -> f.type().equals("select"))
                    .toList();
            if (!selects.isEmpty()) {
                List<String> choices = new ArrayList<>(selects.get(0).options().stream()
                        .filter(v -> !v.isEmpty())
                        .toList());
                Collections.shuffle(choices, random);
                for (int i = 0; i < selects.size(); i++) {
                    List<String> own = selects.get(i).options().stream()
                            .filter(v -> !v.isEmpty())
                            .toList();
                    boolean sameSet = own.size() == choices.size() && own.containsAll(choices);
                    selectValues.add(
                            sameSet && i < choices.size()
                                    ? choices.get(i)
                                    : own.isEmpty() ? "" : own.get(random.nextInt(own.size())));
                }
            }
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
                    case "text", "textarea" -> append(body, f.name(), "takut ketinggalan");
                    default -> {}
                }
            }
            if (check) {
                append(body, "action", "check");
            }
            return body.toString();
        }

        int sequence() {
            return Integer.parseInt(form.value("sequence"));
        }
    }

    /** The attempt page's answer forms, in question order. */
    static List<AnswerForm> answerForms(String html) {
        List<AnswerForm> answers = new ArrayList<>();
        for (Form form : forms(html)) {
            if (form.attributes().contains("class=\"answer\"")) {
                answers.add(new AnswerForm(attribute(form.attributes(), "data-question"), form));
            }
        }
        return answers;
    }

    static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        return m.find() ? decode(m.group(1)) : null;
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity =
                Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(text);
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

    /** All {@code href}s that contain {@code part}, decoded. */
    static List<String> links(String html, String part) {
        List<String> links = new ArrayList<>();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            String link = decode(href.group(1));
            if (link.contains(part)) {
                links.add(link);
            }
        }
        return links;
    }

    static void append(StringBuilder body, String name, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
