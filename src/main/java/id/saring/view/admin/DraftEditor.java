package id.saring.view.admin;

import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.DraftMediaServlet;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.boundary.Saving;
import id.saring.publishing.control.Pictures;
import id.saring.publishing.entity.DraftFile;
import id.saring.view.CurrentUser;
import id.saring.view.Moments;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one file of a draft being written on admin/draft.xhtml or teach/draft.xhtml: saved as it is typed (the page
 * asks after a pause), never over someone else's save, and for lessons shown as students will
 * see it.
 */
@Named("draftEditor")
@ViewScoped
public class DraftEditor implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SIZE = "{size}";

    @Inject
    Drafts drafts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    private String courseId;
    private String path;
    private String text;
    private int revision;
    private Saving lastSaving;
    private String savedText;
    private transient Part picture;
    private String pictureAlt;
    private transient Preview preview;
    private transient String previewOf;

    /** Loads a text file of the course's draft; false when the draft has no such file. */
    public boolean open(String courseId, String path) {
        Optional<DraftFile> file = drafts.file(courseId, path);
        file.ifPresent(f -> {
            this.courseId = courseId;
            this.path = path;
            this.text = new String(f.getContent(), StandardCharsets.UTF_8);
            this.savedText = text;
            this.revision = f.getRevision();
            this.lastSaving = null;
        });
        return file.isPresent();
    }

    /** Saves what was typed, unless it is saved already or someone else saved the file meanwhile. */
    public void save() {
        if (path == null || text == null || text.equals(savedText) || lastSaving instanceof Saving.Conflict) {
            return;
        }
        store();
    }

    /** After a conflict: the editor's text replaces the other person's, as they chose. */
    public void overwrite() {
        drafts.file(courseId, path).ifPresent(f -> revision = f.getRevision());
        store();
    }

    /** After a conflict: the other person's text replaces the editor's. */
    public void takeTheirs() {
        open(courseId, path);
    }

    private void store() {
        lastSaving = drafts.save(courseId, path, text, revision, currentUser.getUsername());
        if (lastSaving instanceof Saving.Saved saved) {
            revision = saved.revision();
            savedText = text;
        }
    }

    /**
     * Adds the chosen picture beside the lesson, made fit for phones, and writes it at the end of
     * the lesson with its text alternative (where the author can move it).
     */
    public void addPicture() {
        Optional<Part> chosen = chosen();
        if (chosen.isEmpty()) {
            Messages.error(AdminMessages.ADMIN_DRAFT_PICTURE_MISSING);
            return;
        }
        Part file = chosen.get();
        Problems problems = new Problems();
        Optional<String> name = Pictures.fits(fileName(file), file.getSize(), problems)
                ? drafts.addPicture(courseId, path, fileName(file), upload(file), currentUser.getUsername(), problems)
                : Optional.empty();
        if (name.isEmpty()) {
            Messages.error(
                    AdminMessages.ADMIN_DRAFT_PICTURE_REFUSED,
                    problems.all().getFirst().message(locale()));
            return;
        }
        String alt = pictureAlt.strip().replaceAll("[\\[\\]\\s]+", " ");
        text = text.stripTrailing() + "\n\n![" + alt + "](" + name.get() + ")\n";
        store();
        pictureAlt = null;
        if (lastSaving instanceof Saving.Saved) {
            Messages.info(AdminMessages.ADMIN_DRAFT_PICTURE_ADDED, name.get());
        } else {
            // Someone else saved the lesson meanwhile: the picture is in the draft, its line is
            // in this editor's text only, until its writer chooses whose text to keep.
            Messages.error(AdminMessages.ADMIN_DRAFT_PICTURE_NOT_IN_LESSON, name.get(), alt);
        }
    }

    /** The largest picture file taken; draft.js refuses a bigger one before it is sent. */
    public int getMaxPictureBytes() {
        return Pictures.MAX_UPLOAD_BYTES;
    }

    public int getMaxPictureMegabytes() {
        return Pictures.MAX_UPLOAD_BYTES / (1024 * 1024);
    }

    /**
     * What the page says of a file too big to send, in its language, with {@value #SIZE} where
     * draft.js writes the file's size.
     */
    public String getPictureTooBig() {
        return Messages.text(locale(), AdminMessages.ADMIN_DRAFT_PICTURE_TOO_BIG, SIZE, getMaxPictureMegabytes());
    }

    /**
     * The file chosen, if any. Faces gives no part for an empty file, so that one is looked for in
     * the request by its name: it is checked like any other, and refused as no picture, rather than
     * the author being told to choose a file they did choose.
     */
    private Optional<Part> chosen() {
        if (picture != null) {
            return Optional.of(picture);
        }
        try {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            return request.getParts().stream()
                    .filter(part -> !fileName(part).isBlank())
                    .findFirst();
        } catch (IOException | ServletException e) {
            return Optional.empty();
        }
    }

    private static String fileName(Part part) {
        return Optional.ofNullable(part.getSubmittedFileName()).orElse("");
    }

    /** The upload's bytes; one over the limit is read only to the limit (the check refuses it by its size). */
    private static byte[] upload(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(Pictures.MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the status line says about saving, in the page's language. */
    public String getStatus() {
        Locale locale = locale();
        return switch (lastSaving) {
            case null -> "";
            case Saving.Saved saved ->
                Messages.text(locale, AdminMessages.ADMIN_DRAFT_SAVED, moments.format(saved.at()));
            case Saving.Conflict conflict ->
                Messages.text(locale, AdminMessages.ADMIN_DRAFT_CONFLICT, conflict.by(), moments.format(conflict.at()));
            case Saving.Gone gone -> Messages.text(locale, AdminMessages.ADMIN_DRAFT_GONE);
        };
    }

    public boolean isConflict() {
        return lastSaving instanceof Saving.Conflict;
    }

    public boolean isLesson() {
        return path != null && path.endsWith(".md");
    }

    /** The lesson as students will see it, with the problems of this page; checked again on every save. */
    public Preview getPreview() {
        if (preview == null || !text.equals(previewOf)) {
            preview = render();
            previewOf = text;
        }
        return preview;
    }

    private Preview render() {
        Problems problems = new Problems();
        // No lesson open (a view whose editor was never opened, e.g. after publishing): no preview.
        if (courseId == null || !isLesson()) {
            return new Preview("", List.of());
        }
        Optional<CourseFiles> files = drafts.courseFiles(courseId);
        if (!isLesson() || files.isEmpty()) {
            return new Preview("", List.of());
        }
        TreeMap<String, byte[]> all = new TreeMap<>(files.get().all());
        all.put(path, text.getBytes(StandardCharsets.UTF_8));
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String html = CourseReader.previewPage(
                        CourseFiles.of(courseId, all),
                        path,
                        picture -> DraftMediaServlet.url(
                                context, DraftBacking.folder(FacesContext.getCurrentInstance()), courseId, picture),
                        problems)
                .orElse("");
        return new Preview(html, problems.all());
    }

    /** A lesson page rendered for the preview, and what is wrong with it. */
    public record Preview(String html, List<Problem> problems) {}

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Part getPicture() {
        return picture;
    }

    public void setPicture(Part picture) {
        this.picture = picture;
    }

    public String getPictureAlt() {
        return pictureAlt;
    }

    public void setPictureAlt(String pictureAlt) {
        this.pictureAlt = pictureAlt;
    }

    public String getPath() {
        return path;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        // Browsers send line ends as CR LF; the files keep LF, as authors' editors write them.
        this.text = text == null ? null : text.replace("\r\n", "\n");
    }

    public int getRevision() {
        return revision;
    }
}
