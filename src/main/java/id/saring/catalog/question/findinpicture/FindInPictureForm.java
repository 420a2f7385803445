package id.saring.catalog.question.findinpicture;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code find-in-picture} question in the browser editor: the picture (a file of the module's
 * {@code gambar/} folder), what it shows for screen readers, its technique, and the areas a
 * student may tick, each with its place and size in percent, its name, whether it is a
 * manipulation, and why. Numbers are kept as typed: the checker says at the area's place and size
 * when one is no number or leaves the picture.
 */
public final class FindInPictureForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String REGIONS = "regions";
    private static final String AREA_PREFIX = "kotak-";

    private Serializable writtenPicture;
    private String picture = "";
    private FormText alt = new FormText();
    private Serializable writtenTechnique;
    private String technique = "";
    private final List<Area> regions = new ArrayList<>();

    /** One area of the picture. */
    public static final class Area implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, Object> written = new LinkedHashMap<>();
        private String id = "";
        private final String[] box = {"", "", "", ""};
        private String[] readBox;
        private FormText label = new FormText();
        private boolean manipulation;
        private FormText explanation = new FormText();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id == null ? "" : id;
        }

        public String getX() {
            return box[0];
        }

        public void setX(String x) {
            box[0] = x == null ? "" : x;
        }

        public String getY() {
            return box[1];
        }

        public void setY(String y) {
            box[1] = y == null ? "" : y;
        }

        public String getWidth() {
            return box[2];
        }

        public void setWidth(String width) {
            box[2] = width == null ? "" : width;
        }

        public String getHeight() {
            return box[3];
        }

        public void setHeight(String height) {
            box[3] = height == null ? "" : height;
        }

        public FormText getLabel() {
            return label;
        }

        public boolean isManipulation() {
            return manipulation;
        }

        public void setManipulation(boolean manipulation) {
            this.manipulation = manipulation;
        }

        public FormText getExplanation() {
            return explanation;
        }

        /**
         * Where the editor's preview outlines the area over the picture: empty while one of its
         * four numbers is no number (the checker says so at the area).
         */
        public String getPlacement() {
            double[] numbers = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    numbers[i] = Double.parseDouble(box[i].strip());
                } catch (NumberFormatException e) {
                    return "";
                }
                if (!Double.isFinite(numbers[i])) {
                    return "";
                }
            }
            return new Region(id, numbers[0], numbers[1], numbers[2], numbers[3], null, manipulation, null).placement();
        }

        Map<String, Object> yaml() {
            Map<String, Object> map = new LinkedHashMap<>(written);
            FormText.put(map, "id", FormText.scalar(written.get("id"), id));
            if (readBox == null || !java.util.Arrays.equals(readBox, box)) {
                boolean empty = java.util.Arrays.stream(box).allMatch(String::isBlank);
                FormText.put(
                        map,
                        "box",
                        empty
                                ? null
                                : java.util.Arrays.stream(box)
                                        .map(String::strip)
                                        .toList());
            }
            label.writeInto(map, "label");
            FormText.put(map, "manipulation", FormText.yesNo(written.get("manipulation"), manipulation));
            explanation.writeInto(map, "explanation");
            return map;
        }
    }

    /** Filled from a question as written; a new question starts with two empty areas. */
    static FindInPictureForm of(Map<String, Object> question) {
        FindInPictureForm form = new FindInPictureForm();
        form.writtenPicture = question.get("picture") instanceof Serializable p ? p : null;
        form.picture = FormText.stringOf(question.get("picture"));
        form.alt = FormText.of(question.get("alt"));
        form.writtenTechnique = question.get("technique") instanceof Serializable t ? t : null;
        form.technique = FormText.stringOf(question.get("technique"));
        if (question.get(REGIONS) instanceof List<?> regions) {
            for (Object written : regions) {
                Area area = new Area();
                if (written instanceof Map<?, ?> fields) {
                    fields.forEach((key, value) -> area.written.put(String.valueOf(key), value));
                    area.id = FormText.stringOf(fields.get("id"));
                    if (fields.get("box") instanceof List<?> numbers && numbers.size() == 4) {
                        for (int i = 0; i < 4; i++) {
                            area.box[i] = FormText.stringOf(numbers.get(i));
                        }
                        area.readBox = area.box.clone();
                    } else if (fields.containsKey("box")) {
                        area.readBox = area.box.clone();
                    }
                    area.label = FormText.of(fields.get("label"));
                    area.manipulation = FormText.isYes(fields.get("manipulation"));
                    area.explanation = FormText.of(fields.get("explanation"));
                }
                form.regions.add(area);
            }
        } else if (question.isEmpty()) {
            form.addRegion();
            form.addRegion();
        }
        return form;
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        FormText.put(question, "picture", kept(writtenPicture, picture));
        alt.writeInto(question, "alt");
        FormText.put(question, "technique", kept(writtenTechnique, technique));
        if (!regions.isEmpty() || question.containsKey(REGIONS)) {
            question.put(REGIONS, regions.stream().map(Area::yaml).toList());
        }
    }

    /** The value as read while the field shows what was read from it, else the field's text. */
    private static Object kept(Serializable written, String value) {
        return written != null && FormText.stringOf(written).equals(value) ? written : value.strip();
    }

    /** Adds an area with an id no other area has. */
    public void addRegion() {
        int n = regions.size() + 1;
        while (hasArea(AREA_PREFIX + n)) {
            n++;
        }
        Area area = new Area();
        area.id = AREA_PREFIX + n;
        regions.add(area);
    }

    private boolean hasArea(String id) {
        return regions.stream().anyMatch(a -> a.id.equals(id));
    }

    public void removeRegion(int index) {
        if (index >= 0 && index < regions.size()) {
            regions.remove(index);
        }
    }

    /**
     * The picture's path in the course, for the editor's preview: the module's {@code gambar/}
     * folder beside the quiz file; empty for a name that is not a plain file name.
     */
    public String picturePath(String quizFile) {
        String name = picture.strip();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return "";
        }
        int slash = quizFile.lastIndexOf('/');
        return (slash < 0 ? "" : quizFile.substring(0, slash + 1)) + "gambar/" + name;
    }

    public String getPicture() {
        return picture;
    }

    public void setPicture(String picture) {
        this.picture = picture == null ? "" : picture;
    }

    public FormText getAlt() {
        return alt;
    }

    public String getTechnique() {
        return technique;
    }

    public void setTechnique(String technique) {
        this.technique = technique == null ? "" : technique;
    }

    /** The techniques to choose from, and the one written if it is none of them, so that it is not lost. */
    public List<String> techniquesWith(List<String> known) {
        if (technique.isBlank() || known.contains(technique)) {
            return known;
        }
        List<String> all = new ArrayList<>(known);
        all.add(technique);
        return all;
    }

    public List<Area> getRegions() {
        return regions;
    }
}
