package id.saring.catalog.boundary;

import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;

/**
 * A published version given back as its course folder, zipped: {@code <course-id>/course.yaml},
 * {@code <course-id>/01-.../module.yaml} and so on, byte for byte the files that were published.
 * Unzipped in {@code courses/} it is a course folder the checker and the folder sync read;
 * uploaded again it is the same course, so nothing new is published.
 *
 * @param fileName {@code <course-id>-v<number>.zip}: course ids are lower-case letters, digits and
 *     dashes, so the name needs no quoting or escaping in a download header
 */
public record CourseExport(String fileName, byte[] zip) {

    /** The version's stored files, read back the way the catalog reads them, in a folder named by the course. */
    public static CourseExport of(CourseVersion version) {
        String courseId = version.getCourseId();
        Problems problems = new Problems();
        CourseFiles files = CourseFiles.zip(courseId + ".zip", version.getFiles(), problems)
                .orElseThrow(() -> new IllegalStateException("Stored version " + version.getNumber() + " of course "
                        + courseId + " cannot be read back: " + problems.all()));
        return new CourseExport(fileName(courseId, version.getNumber()), files.zipInFolder(courseId));
    }

    /** {@code contoh-kursus-v3.zip}; anything but a course id is refused, so no header can be forged through it. */
    public static String fileName(String courseId, int number) {
        if (!YamlMap.ID.matcher(courseId).matches() || number < 1) {
            throw new IllegalArgumentException("Not a course version: " + courseId + " v" + number);
        }
        return courseId + "-v" + number + ".zip";
    }
}
