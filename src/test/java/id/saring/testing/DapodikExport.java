package id.saring.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A Dapodik "Daftar Peserta Didik" export as the school's operator downloads it (Peserta Didik →
 * Unduh → Daftar PD), written with Apache POI: five title rows (list, school, region, when and by
 * whom it was downloaded), a header row whose parents' columns are grouped under "Data Ayah",
 * "Data Ibu" and "Data Wali" with their own sub-header row, then one row per student with every
 * column Dapodik fills: NIK, NISN, birth date, address, parents' names and the rest, which Saring
 * must read past. The values of those columns are distinctive, so a test can look for them.
 */
public final class DapodikExport {

    /** The columns before the parents' groups, as Dapodik names them. */
    static final List<String> LEADING = List.of(
            "No",
            "Nama",
            "NIPD",
            "JK",
            "NISN",
            "Tempat Lahir",
            "Tanggal Lahir",
            "NIK",
            "Agama",
            "Alamat",
            "RT",
            "RW",
            "Dusun",
            "Kelurahan",
            "Kecamatan",
            "Kode Pos",
            "Jenis Tinggal",
            "Alat Transportasi",
            "Telepon",
            "HP",
            "E-Mail",
            "SKHUN",
            "Penerima KPS",
            "No. KPS");

    static final List<String> PARENT =
            List.of("Nama", "Tahun Lahir", "Jenjang Pendidikan", "Pekerjaan", "Penghasilan", "NIK");

    static final List<String> TRAILING = List.of(
            "Rombel Saat Ini",
            "No Peserta Ujian Nasional",
            "No Seri Ijazah",
            "Penerima KIP",
            "Nomor KIP",
            "Nama di KIP",
            "Nomor KKS",
            "No Registrasi Akta Lahir",
            "Bank",
            "Nomor Rekening Bank",
            "Rekening Atas Nama",
            "Layak PIP (usulan dari sekolah)",
            "Alasan Layak PIP",
            "Kebutuhan Khusus",
            "Sekolah Asal",
            "Anak ke-berapa",
            "Lintang",
            "Bujur",
            "No KK",
            "Berat Badan",
            "Tinggi Badan",
            "Lingkar Kepala",
            "Jml. Saudara Kandung",
            "Jarak Rumah ke Sekolah (KM)");

    private static final List<String> FIRST = List.of(
            "Adi", "Bayu", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lestari",
            "Made", "Nanda", "Oki", "Putri", "Rizki", "Sari", "Tono", "Wulan");
    private static final List<String> LAST = List.of(
            "Pratama",
            "Saputra",
            "Wijaya",
            "Lestari",
            "Hidayat",
            "Kusuma",
            "Nugroho",
            "Santoso",
            "Wibowo",
            "Permata",
            "Rahayu",
            "Setiawan",
            "Utami",
            "Purnomo",
            "Susanto");

    private DapodikExport() {}

    /** One student as Dapodik has them; everything but name, NIPD and rombel is what Saring must not keep. */
    public record Pupil(
            String name,
            String nipd,
            String rombel,
            String nisn,
            String nik,
            String birthPlace,
            LocalDate birthDate,
            String address,
            String mother,
            String father,
            String phone) {

        /**
         * What Dapodik's E-Mail column holds: a belajar.id school account for every other student
         * (even NIPD), a family's private address for the rest, which Saring must never keep.
         */
        public String email() {
            return nipd.charAt(nipd.length() - 1) % 2 == 0
                    ? "siswa." + nipd + "@belajar.id"
                    : "keluarga." + nipd + "@gmail.com";
        }

        /** Whether {@link #email} is a school account address. */
        public boolean hasSchoolAddress() {
            return email().endsWith("@belajar.id");
        }

        /** The values no table of Saring may hold afterwards. */
        public List<String> sensitive() {
            return List.of(nisn, nik, birthPlace, birthDate.toString(), address, mother, father, phone);
        }
    }

    /** {@code count} students spread over {@code rombels} (e.g. "7A", "7B"...), with distinctive private data. */
    public static List<Pupil> pupils(int count, List<String> rombels, int seed) {
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = seed * 1000 + i;
            pupils.add(new Pupil(
                    FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size()) + suffix(i),
                    String.valueOf(20260000 + n),
                    rombels.get(i % rombels.size()),
                    String.format("00%08d", 71_000_000 + n),
                    String.format("3401%012d", 987_654_000_000L + n),
                    "Desa Tersembunyi" + n,
                    LocalDate.of(2012, 1, 1).plusDays(n % 700),
                    "Jalan Kenanga Gang Rahasia Nomor " + n,
                    "Ibu Sumarni Wardhani" + n,
                    "Bapak Suharto Wiryo" + n,
                    "0812555" + String.format("%05d", n)));
        }
        return pupils;
    }

    /** Names stay unique past 300 students: a third word from the 301st on. */
    private static String suffix(int i) {
        return i < FIRST.size() * LAST.size() ? "" : " " + FIRST.get((i / (FIRST.size() * LAST.size())) % FIRST.size());
    }

    /** The .xlsx bytes of the export. */
    public static byte[] xlsx(String school, List<Pupil> pupils) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Daftar Peserta Didik");
            sheet.createRow(0).createCell(0).setCellValue("Daftar Peserta Didik");
            sheet.createRow(1).createCell(0).setCellValue(school);
            sheet.createRow(2)
                    .createCell(0)
                    .setCellValue("Kecamatan Kec. Wates, Kabupaten Kab. Kulon Progo, Provinsi Prov. D.I. Yogyakarta");
            sheet.createRow(3).createCell(0).setCellValue("Tanggal Unduh: 2026-07-14 08:15:02");
            sheet.createRow(4).createCell(0).setCellValue("Pengunduh: operator@sekolah.sch.id (Operator Sekolah)");

            Row header = sheet.createRow(5);
            Row subHeader = sheet.createRow(6);
            int column = 0;
            for (String heading : LEADING) {
                header.createCell(column).setCellValue(heading);
                sheet.addMergedRegion(new CellRangeAddress(5, 6, column, column));
                column++;
            }
            for (String group : List.of("Data Ayah", "Data Ibu", "Data Wali")) {
                header.createCell(column).setCellValue(group);
                sheet.addMergedRegion(new CellRangeAddress(5, 5, column, column + PARENT.size() - 1));
                for (String heading : PARENT) {
                    subHeader.createCell(column++).setCellValue(heading);
                }
            }
            int rombelColumn = column;
            for (String heading : TRAILING) {
                header.createCell(column).setCellValue(heading);
                sheet.addMergedRegion(new CellRangeAddress(5, 6, column, column));
                column++;
            }

            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int rowNumber = 7;
            for (Pupil pupil : pupils) {
                Row row = sheet.createRow(rowNumber);
                List<String> leading = List.of(
                        String.valueOf(rowNumber - 6),
                        pupil.name(),
                        pupil.nipd(),
                        rowNumber % 2 == 0 ? "L" : "P",
                        pupil.nisn(),
                        pupil.birthPlace(),
                        "",
                        pupil.nik(),
                        "Islam",
                        pupil.address(),
                        "3",
                        "7",
                        "Dusun Mawar",
                        "Wates",
                        "Kec. Wates",
                        "55651",
                        "Bersama orang tua",
                        "Jalan kaki",
                        "",
                        pupil.phone(),
                        pupil.email(),
                        "",
                        "Tidak",
                        "");
                for (int i = 0; i < leading.size(); i++) {
                    row.createCell(i).setCellValue(leading.get(i));
                }
                var born = row.createCell(6);
                born.setCellValue(pupil.birthDate());
                born.setCellStyle(date);
                int c = LEADING.size();
                for (String parent : List.of(pupil.father(), pupil.mother(), "")) {
                    row.createCell(c).setCellValue(parent);
                    row.createCell(c + 1).setCellValue(parent.isEmpty() ? "" : "1980");
                    row.createCell(c + 5)
                            .setCellValue(parent.isEmpty() ? "" : pupil.nik().replace("3401", "3402"));
                    c += PARENT.size();
                }
                row.createCell(rombelColumn).setCellValue(pupil.rombel());
                row.createCell(rombelColumn + 18).setCellValue(pupil.nik().replace("3401", "3403"));
                rowNumber++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
