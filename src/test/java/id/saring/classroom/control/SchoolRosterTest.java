package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.classroom.ClassroomMessages;
import id.saring.testing.DapodikExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SchoolRosterTest {

    private static final List<String> ROMBELS = List.of("7A", "7B", "VIII A", "Kelas 9C", "X IPA 1");

    @Test
    void readsADapodikExportPastItsTitleRowsAndParentsColumns() {
        List<DapodikExport.Pupil> pupils = DapodikExport.pupils(40, ROMBELS, 1);

        SchoolRoster.Read read = SchoolRoster.read(DapodikExport.xlsx("SMP Negeri 3 Wates", pupils));

        assertEquals(List.of(), read.problems());
        assertEquals(40, read.students().size());
        SchoolRoster.Student first = read.students().getFirst();
        assertEquals(pupils.getFirst().name(), first.name());
        assertEquals(pupils.getFirst().nipd(), first.number());
        assertEquals("7A", first.className());
        assertEquals("7", first.grade());
        assertEquals(
                8, first.row(), "the row the spreadsheet shows: five titles, two header rows, then the first student");
        assertEquals("VIII A", read.students().get(2).className());
        assertEquals("8", read.students().get(2).grade());
    }

    @Test
    void nothingOfTheOtherColumnsIsInWhatIsRead() {
        List<DapodikExport.Pupil> pupils = DapodikExport.pupils(20, ROMBELS, 2);

        String read = SchoolRoster.read(DapodikExport.xlsx("SMP Negeri 3 Wates", pupils))
                .toString();

        for (DapodikExport.Pupil pupil : pupils) {
            for (String value : pupil.sensitive()) {
                assertFalse(read.contains(value), value);
            }
        }
    }

    @Test
    void everyBadRowIsNamedAndNoStudentIsReturned() {
        List<DapodikExport.Pupil> pupils = new ArrayList<>(DapodikExport.pupils(30, ROMBELS, 3));
        DapodikExport.Pupil bad = pupils.get(11);
        pupils.set(
                11,
                new DapodikExport.Pupil(
                        "<script>",
                        bad.nipd(),
                        bad.rombel(),
                        bad.nisn(),
                        bad.nik(),
                        bad.birthPlace(),
                        bad.birthDate(),
                        bad.address(),
                        bad.mother(),
                        bad.father(),
                        bad.phone()));
        DapodikExport.Pupil twin = pupils.get(20);
        pupils.set(
                20,
                new DapodikExport.Pupil(
                        twin.name(),
                        pupils.get(3).nipd(),
                        "Kelas Bahasa",
                        twin.nisn(),
                        twin.nik(),
                        twin.birthPlace(),
                        twin.birthDate(),
                        twin.address(),
                        twin.mother(),
                        twin.father(),
                        twin.phone()));

        SchoolRoster.Read read = SchoolRoster.read(DapodikExport.xlsx("SMP Negeri 3 Wates", pupils));

        assertEquals(List.of(), read.students(), "nothing to import from a file with a bad row");
        assertEquals(
                List.of(
                        new SchoolRoster.Problem(19, ClassroomMessages.SCHOOL_ROSTER_BAD_NAME, "<script>"),
                        new SchoolRoster.Problem(
                                28,
                                ClassroomMessages.SCHOOL_ROSTER_NUMBER_TWICE,
                                pupils.get(3).nipd() + " (11)"),
                        new SchoolRoster.Problem(28, ClassroomMessages.SCHOOL_ROSTER_NO_GRADE, "Kelas Bahasa")),
                read.problems());
    }

    @Test
    void readsACsvWithSemicolonsAndQuotes() {
        String csv = "\uFEFFNo;Nama;NIPD;NIK;Rombel Saat Ini\r\n"
                + "1;\"Siti Nur Aisyah\";1001;3401999988887777;7A\r\n"
                + ";;;;\r\n"
                + "2;Budi Santoso;1002;3401999988886666;\"XII MIPA 2\"\r\n";

        SchoolRoster.Read read = SchoolRoster.read(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(
                        new SchoolRoster.Student(2, "Siti Nur Aisyah", "1001", "7A", "7", null),
                        new SchoolRoster.Student(4, "Budi Santoso", "1002", "XII MIPA 2", "12", null)),
                read.students());
    }

    @Test
    void anEMailColumnIsReadAsAnAddressOnlyWhenItIsOne() {
        String csv = "Nama;NIPD;E-Mail;Rombel Saat Ini\r\n"
                + "Siti Nur Aisyah;1001; Siti.Aisyah@Belajar.ID ;7A\r\n"
                + "Budi Santoso;1002;;7A\r\n"
                + "Citra Lestari;1003;bukan alamat;7B\r\n";

        SchoolRoster.Read read = SchoolRoster.read(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), read.problems());
        assertEquals(
                java.util.Arrays.asList("siti.aisyah@belajar.id", null, null),
                read.students().stream().map(SchoolRoster.Student::address).toList());
    }

    @Test
    void aFileWithoutTheColumnsSaysWhichAreNeeded() {
        SchoolRoster.Read read = SchoolRoster.read("Nama;Kelas\nSiti;7A\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(new SchoolRoster.Problem(0, ClassroomMessages.SCHOOL_ROSTER_NO_HEADER, "")), read.problems());
    }

    @Test
    void gradesAreReadFromDigitsAndRomanNumerals() {
        assertEquals(Optional.of("7"), SchoolRoster.grade("7A"));
        assertEquals(Optional.of("9"), SchoolRoster.grade("IX-B"));
        assertEquals(Optional.of("11"), SchoolRoster.grade("XI IPS 2"));
        assertEquals(Optional.of("8"), SchoolRoster.grade("Kelas VIIIC"));
        assertEquals(Optional.of("10"), SchoolRoster.grade("10 TKJ 1"));
        assertEquals(Optional.empty(), SchoolRoster.grade("IPS 1"), "a word, not a Roman numeral");
        assertEquals(Optional.empty(), SchoolRoster.grade("13A"));
        assertEquals(Optional.empty(), SchoolRoster.grade("Kelas Bahasa"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < SchoolRoster.MAX_FILE_BYTES, "small packed: " + bomb.size());

        SchoolRoster.Read read = SchoolRoster.read(bomb.toByteArray());

        assertEquals(
                List.of(new SchoolRoster.Problem(0, ClassroomMessages.SCHOOL_ROSTER_TOO_LARGE, "")), read.problems());
    }

    @Test
    void damagedOrOldFilesAreSaidNotThrown() {
        byte[] damaged = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertEquals(
                ClassroomMessages.SCHOOL_ROSTER_TOO_LARGE,
                SchoolRoster.read(damaged).problems().getFirst().key(),
                "a zip that does not unpack is refused by the same check");
        assertEquals(
                ClassroomMessages.SCHOOL_ROSTER_OLD_EXCEL,
                SchoolRoster.read(ole2).problems().getFirst().key());
        assertEquals(
                ClassroomMessages.SCHOOL_ROSTER_EMPTY,
                SchoolRoster.read(new byte[0]).problems().getFirst().key());
    }
}
