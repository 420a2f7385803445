package id.saring.catalog.question.findinpicture;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.PictureFile;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.YamlMap;
import id.saring.catalog.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: find-in-picture}
 *
 * <pre>
 * picture: surat-edaran-palsu.png      a file of the module's gambar/ folder
 * alt: {id: ..., en: ...}              what the picture shows, for screen readers
 * technique: teknik:peniruan           the technique the picture shows
 * regions:                             rectangles to tick, in percent of the picture
 *   - id: alamat
 *     box: [8, 4, 40, 6]               x, y, width, height
 *     label: {id: ..., en: ...}        what a screen reader and the printed sheet call it
 *     manipulation: true               a red flag; without it, a decoy
 *     explanation: {id: ..., en: ...}  shown after answering, and in the key
 * </pre>
 */
@AutoService(QuestionType.class)
public class FindInPictureType extends QuestionType {

    static final String TECHNIQUE_PREFIX = "teknik:";

    private static final Set<String> REGION_KEYS = Set.of("id", "box", "label", "manipulation", "explanation");

    public FindInPictureType() {
        super("find-in-picture", "picture", "alt", "technique", "regions");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(FindInPictureForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        Optional<PictureFile> picture = question.requiredString("picture").flatMap(name -> {
            Optional<PictureFile> file = name.contains("/") ? Optional.empty() : context.picture(name);
            if (file.isEmpty()) {
                question.report(
                        "picture", FindInPictureProblems.QUESTION_PICTURE_NOT_FOUND, name, context.picturePath(""));
            }
            return file;
        });
        Optional<LocalizedText> alt = question.requiredText("alt");
        Optional<String> technique = question.requiredString("technique");
        technique.ifPresent(t -> {
            if (!t.startsWith(TECHNIQUE_PREFIX) || !context.isKnownTag(t)) {
                question.report("technique", FindInPictureProblems.QUESTION_PICTURE_UNKNOWN_TECHNIQUE, t);
            }
        });
        if (question.lacks("regions")) {
            question.report("regions", YamlProblems.YAML_MISSING, "regions");
        }
        List<YamlMap> written = question.maps("regions");
        List<Region> regions = new ArrayList<>();
        YamlMap.UniqueIds ids = new YamlMap.UniqueIds();
        boolean complete = true;
        for (YamlMap item : written) {
            item.allowOnly(REGION_KEYS);
            Optional<String> id = item.id("id");
            id.ifPresent(i -> ids.check(item, "id", i));
            Optional<double[]> box = box(item, id.orElse("?"));
            Optional<LocalizedText> label = item.requiredText("label");
            boolean manipulation = item.bool("manipulation").orElse(false);
            Optional<LocalizedText> explanation = item.requiredText("explanation");
            if (id.isEmpty() || box.isEmpty() || label.isEmpty() || explanation.isEmpty()) {
                complete = false;
                continue;
            }
            double[] b = box.get();
            Region region = new Region(id.get(), b[0], b[1], b[2], b[3], label.get(), manipulation, explanation.get());
            for (Region earlier : regions) {
                if (earlier.overlaps(region)) {
                    item.report("box", FindInPictureProblems.QUESTION_PICTURE_OVERLAP, region.id(), earlier.id());
                }
            }
            regions.add(region);
        }
        if (!written.isEmpty() && complete) {
            if (regions.stream().noneMatch(Region::manipulation)) {
                question.report("regions", FindInPictureProblems.QUESTION_PICTURE_NO_MANIPULATION);
            }
            if (regions.stream().allMatch(Region::manipulation)) {
                question.report("regions", FindInPictureProblems.QUESTION_PICTURE_NO_DECOY);
            }
        }
        if (picture.isEmpty() || alt.isEmpty() || technique.isEmpty() || regions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FindInPicture(picture.get(), alt.get(), technique.get(), regions));
    }

    /** Four numbers, x, y, width and height in percent, that keep the rectangle inside the picture. */
    private static Optional<double[]> box(YamlMap region, String id) {
        if (region.lacks("box")) {
            region.report("box", YamlProblems.YAML_MISSING, "box");
            return Optional.empty();
        }
        List<String> numbers = region.strings("box");
        double[] box = new double[4];
        try {
            if (numbers.size() != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(numbers.get(i));
                if (!Double.isFinite(box[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            region.report("box", FindInPictureProblems.QUESTION_PICTURE_BAD_BOX, id);
            return Optional.empty();
        }
        if (box[0] < 0
                || box[1] < 0
                || box[2] <= 0
                || box[3] <= 0
                || box[0] + box[2] > 100 + 1e-9
                || box[1] + box[3] > 100 + 1e-9) {
            region.report("box", FindInPictureProblems.QUESTION_PICTURE_BOX_OUTSIDE, id);
            return Optional.empty();
        }
        return Optional.of(box);
    }
}
