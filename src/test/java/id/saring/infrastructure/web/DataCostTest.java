package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataCostTest {

    @Test
    void aGigabyteCostsThePriceOfAGigabyte() {
        assertEquals(15_000, DataCost.rupiah(1024L * 1_048_576, 15_000));
    }

    @Test
    void aSmallCourseCostsAFewTensOfRupiahRoundedUp() {
        // 1.2 MB at Rp 15,000 per GB is Rp 17.6: shown as Rp 20, never less than it costs.
        assertEquals(20, DataCost.rupiah(1_258_291, 15_000));
        assertEquals(10, DataCost.rupiah(1, 15_000), "anything at all costs at least Rp 10");
    }

    @Test
    void nothingOrAFreeNetworkCostsNothing() {
        assertEquals(0, DataCost.rupiah(0, 15_000));
        assertEquals(0, DataCost.rupiah(5_000_000, 0), "a school whose Wi-Fi is free sets the price to 0");
    }

    @Test
    void megabytesHaveOneDecimalAndNeverShowZero() {
        assertEquals(String.format("%.1f", 1.2), DataCost.megabytes(1_258_291));
        assertEquals(String.format("%.1f", 0.1), DataCost.megabytes(2_000));
    }
}
