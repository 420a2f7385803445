package id.saring.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a download costs a family, in plain words: its size in megabytes and an estimate in rupiah
 * at the price of a gigabyte of mobile data where the school is ({@value #PROPERTY}, environment
 * {@code SARING_DATA_PRICEPERGB}; Rp 15,000 by default, a small prepaid package). Every page that
 * shows a download's size or cost asks here.
 */
@ApplicationScoped
@Named("dataCost")
public class DataCost {

    public static final String PROPERTY = "saring.data.pricePerGb";

    static final double MEGABYTE = 1_048_576.0;

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = "15000")
    long pricePerGb;

    /** Megabytes with one decimal, never "0.0" for something that is there. */
    public static String megabytes(long bytes) {
        return String.format("%.1f", Math.max(0.1, bytes / MEGABYTE));
    }

    /** Rupiah for {@code bytes} at this school's price, rounded up to Rp 10 (at least Rp 10 for anything). */
    public long rupiah(long bytes) {
        return rupiah(bytes, pricePerGb);
    }

    public long pricePerGb() {
        return Math.max(0, pricePerGb);
    }

    static long rupiah(long bytes, long pricePerGb) {
        if (bytes <= 0 || pricePerGb <= 0) {
            return 0;
        }
        double exact = bytes * (double) pricePerGb / (1024 * MEGABYTE);
        return Math.max(10, (long) Math.ceil(exact / 10) * 10);
    }
}
