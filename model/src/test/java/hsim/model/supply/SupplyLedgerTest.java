package hsim.model.supply;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SupplyLedgerTest {
    @Test
    void anArrivalBooksWhatWasTakenAndWhatStayedOnTheTrucks() {
        SupplyLedger books = new SupplyLedger();
        books.bookLoad(Cargo.FOOD, 60);
        books.bookArrival(Cargo.FOOD, 40, 15, 2);
        books.bookLoss(Cargo.FOOD, 20);
        assertEquals(25, books.delivered(Cargo.FOOD), 0);
        assertEquals(15, books.spilled(Cargo.FOOD), 0);
        assertEquals(books.loaded(Cargo.FOOD), books.delivered(Cargo.FOOD) + books.spilled(Cargo.FOOD) + books.lost(Cargo.FOOD), 0);
        assertEquals(0, books.loaded(Cargo.FUEL), 0, "books are kept by cargo");
        assertEquals(0, books.fuelTrucksDeliveredToday(), 0, "food trucks are not fuel trucks");
    }

    @Test
    void fuelTrucksAreCountedByDayAndPassagesSinceTheStart() {
        SupplyLedger books = new SupplyLedger();
        books.bookArrival(Cargo.FUEL, 800, 0, 2);
        books.bookArrival(Cargo.FUEL, 400, 0, 1);
        books.bookHijack();
        books.bookKidnap(1.5);
        assertEquals(3, books.fuelTrucksDeliveredToday(), 0);
        books.newDay();
        assertEquals(0, books.fuelTrucksDeliveredToday(), 0);
        assertEquals(1200, books.delivered(Cargo.FUEL), 0, "deliveries are cumulative");
        assertEquals(1, books.hijackedTrucks(), 0);
        assertEquals(1.5, books.kidnappedPeople(), 0);
    }
}
