package id.saring.catalog.question.findinpicture;

import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.InvalidResponse;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Marker;
import id.saring.catalog.question.Paper.Outline;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.PictureFile;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.RedFlag;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A picture, what it shows in words, the technique it shows, and its regions to tick: the
 * manipulations among decoys. Regions are lettered A, B, C... in the order they are written, on
 * the page and on paper alike.
 */
public record FindInPicture(PictureFile picture, LocalizedText alt, String technique, List<Region> regions)
        implements QuestionDefinition {

    /** The response's one field: the ticked region ids, comma-separated. */
    static final String FIELD = "regions";

    public FindInPicture {
        regions = List.copyOf(regions);
    }

    public List<Region> manipulations() {
        return regions.stream().filter(Region::manipulation).toList();
    }

    /** A, B, C...: the letter of a region on the picture. */
    public String letter(Region region) {
        int index = regions.indexOf(region);
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }

    /** {@code regions}: the ticked region ids, comma-separated, each once. */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of(FIELD));
        List<String> ticked = response.list(FIELD);
        for (String id : ticked) {
            if (regions.stream().noneMatch(r -> r.id().equals(id))) {
                throw new InvalidResponse("no region " + id);
            }
        }
        if (new HashSet<>(ticked).size() < ticked.size()) {
            throw new InvalidResponse("a region twice");
        }
    }

    /**
     * As "select all that apply": each manipulation found earns an equal share, each decoy ticked
     * costs one, so ticking every region earns nothing.
     */
    @Override
    public double grade(Response response) {
        List<String> ticked = response.list(FIELD);
        long found =
                manipulations().stream().filter(r -> ticked.contains(r.id())).count();
        long falseAlarms = regions.stream()
                .filter(r -> !r.manipulation() && ticked.contains(r.id()))
                .count();
        return Gradable.foundLessFalseAlarms(found, falseAlarms, manipulations().size());
    }

    /** Whether a response ticked the region, for the page. */
    public boolean ticked(Response response, Region region) {
        return response.list(FIELD).contains(region.id());
    }

    /** The ticked regions' labels, in the picture's order. */
    @Override
    public Optional<LocalizedText> describe(Response response) {
        List<String> ticked = response.list(FIELD);
        List<LocalizedText> labels = regions.stream()
                .filter(r -> ticked.contains(r.id()))
                .map(Region::label)
                .toList();
        return labels.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.join(" + ", labels));
    }

    /** The manipulations' labels, in the picture's order. */
    @Override
    public LocalizedText rightAnswer() {
        return LocalizedText.join(
                " + ", manipulations().stream().map(Region::label).toList());
    }

    @Override
    public List<String> techniques() {
        return List.of(technique);
    }

    /** The manipulations, for the report of what the class missed most, as hoax posts' red flags. */
    @Override
    public List<RedFlag> flagsToFind() {
        return manipulations().stream()
                .map(r -> new RedFlag(r.id(), r.label().indonesian()))
                .toList();
    }

    @Override
    public Set<String> flagsFound(Response response) {
        return Set.copyOf(response.list(FIELD));
    }

    /** The picture with its regions outlined and lettered, then one box per letter to circle. */
    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(FindInPictureMessages.WORKSHEET_PICTURE_HINT));
        paper.picture(picture, alt.inLocale(paper.locale()), outlines());
        for (Region region : regions) {
            paper.item(Marker.box(letter(region)), Line.of(region.label().inLocale(paper.locale())));
        }
    }

    /** The manipulations' letters on one line, the technique, the lettered picture, then every region and why. */
    @Override
    public void answer(Paper paper) {
        paper.answer(
                String.join(", ", manipulations().stream().map(this::letter).toList()));
        paper.line(Line.labelled(
                paper.text(FindInPictureMessages.WORKSHEET_KEY_TECHNIQUE), paper.techniqueName(technique)));
        paper.picture(picture, alt.inLocale(paper.locale()), outlines());
        for (Region region : regions) {
            String verdict = paper.text(
                            region.manipulation()
                                    ? FindInPictureMessages.WORKSHEET_KEY_PICTURE_MANIPULATION
                                    : FindInPictureMessages.WORKSHEET_KEY_PICTURE_DECOY)
                    + ": ";
            paper.item(
                    Marker.label(letter(region)),
                    Line.of(
                            Run.of(region.label().inLocale(paper.locale()), Look.ITALIC),
                            Run.of("\n"),
                            Run.of(verdict, Look.SMALL, Look.BOLD, region.manipulation() ? Look.ALERT : Look.MUTED),
                            Run.of(region.explanation().inLocale(paper.locale()), Look.SMALL)));
        }
    }

    private List<Outline> outlines() {
        List<Outline> outlines = new ArrayList<>();
        for (Region region : regions) {
            outlines.add(new Outline(letter(region), region.x(), region.y(), region.width(), region.height()));
        }
        return outlines;
    }
}
