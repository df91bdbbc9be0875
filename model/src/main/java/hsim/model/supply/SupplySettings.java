package hsim.model.supply;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.List;

/**
 * The supply network's settings: what each origin sends per day, what a truck carries, what residents and
 * hospitals need, how much a point stores, how fast trucks drive, how drivers weigh risk, and what a gang
 * makes from a passage. {@link #params()} is their entry in the parameter catalog.
 */
public record SupplySettings(double varreuxTrucksPerDay, double varreuxMetroShare, double fuelGalPerTruck,
                             double otherFuelTrucksPerDay, double fuelNeedGalPerResidentPerDay, double hospitalFuelGalPerDay,
                             double foodTPerTruck, double foodNeedTPerResidentPerDay, double foodLocalShare,
                             double portFoodTrucksPerDay, double lafitoFoodTrucksPerDay, double airportFoodTrucksPerDay,
                             double medicalKitsPerTruck, double medicalNeedKitsPerResidentPerDay,
                             double portMedicalTrucksPerDay, double airportMedicalTrucksPerDay, double stockDays,
                             double truckSpeedFactor, double riskAversionMinutes, double riskHalfLifeDays,
                             double waterWithoutFuelShare, double safeWaterWithoutFuel, double safeWaterWithFuel,
                             double crewPerTruck, double ransomUsd, double lootUsdPerTruck, double unsafeViolence,
                             double initialStockShare, double reroutesPerDay, double dispatchMinShortfallTruckloads,
                             double riskForgetBelow) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static List<Param> params() {
        return List.of(
                Param.number("supply.varreux_trucks_per_day", 110, 0, 1000, "trucks/day",
                        "temponetworks.com 2022-11-11: 265 tankers in 3 days after the blockade (~100-120/day)",
                        "Tanker trucks leaving Varreux per day when it is open"),
                Param.number("supply.varreux_metro_share", 0.4, 0, 1, "share", "assumption (the rest serves the provinces)",
                        "Share of Varreux's tankers that serve the metropolitan area"),
                Param.number("supply.fuel_gal_per_truck", 8083, 1, 1e5, "US gal/truck",
                        "derived: 2,141,900 gal / 265 tankers (temponetworks.com 2022-11-11)", "Fuel carried by one tanker"),
                Param.number("supply.other_fuel_trucks_per_day", 3, 0, 1000, "trucks/day",
                        "assumption (small depots; ~70 % of fuel comes through Varreux, literature.md §5.1)",
                        "Tankers per day reaching the metro from sources other than Varreux (via Port Lafito)"),
                Param.number("supply.fuel_need_gal_per_resident_per_day", 0.12, 0, 10, "US gal/(resident*day)",
                        "assumption (transport, generators, cooking, water pumping)", "Fuel need per resident"),
                Param.number("supply.hospital_fuel_gal_per_day", 300, 0, 1e5, "US gal/(hospital*day)", "assumption",
                        "Generator fuel a hospital needs per day"),
                Param.number("supply.food_t_per_truck", 20, 0.1, 100, "t/truck", "assumption", "Food carried by one truck"),
                Param.number("supply.food_need_t_per_resident_per_day", 0.0005, 0, 0.01, "t/(resident*day)",
                        "assumption (market-bought food, ~0.5 kg per person per day)", "Food bought at markets per resident"),
                Param.number("supply.food_local_share", 0.35, 0, 1, "share", "assumption (local produce and street trade)",
                        "Share of food need met locally, without trucks from the ports"),
                Param.number("supply.port_food_trucks_per_day", 60, 0, 5000, "trucks/day",
                        "assumption (APN handled 180,000 TEU in 2021, LogCluster DLCA)", "Food trucks leaving the APN port per day"),
                Param.number("supply.lafito_food_trucks_per_day", 20, 0, 5000, "trucks/day", "assumption",
                        "Food trucks leaving Port Lafito per day"),
                Param.number("supply.airport_food_trucks_per_day", 2, 0, 5000, "trucks/day", "assumption",
                        "Food and aid trucks leaving the airport per day"),
                Param.number("supply.medical_kits_per_truck", 150, 1, 1e6, "kits/truck", "assumption", "Medical kits per truck"),
                Param.number("supply.medical_need_kits_per_resident_per_day", 0.0002, 0, 1, "kits/(resident*day)", "assumption",
                        "Medical goods used per resident per day (one kit treats one patient-day)"),
                Param.number("supply.port_medical_trucks_per_day", 3, 0, 1000, "trucks/day", "assumption",
                        "Medical trucks leaving the APN port per day"),
                Param.number("supply.airport_medical_trucks_per_day", 2, 0, 1000, "trucks/day", "assumption",
                        "Medical trucks leaving the airport per day"),
                Param.number("supply.stock_days", 10, 0.5, 100, "days", "assumption", "Storage at a distribution point, in days of demand"),
                Param.number("supply.truck_speed_factor", 0.4, 0.01, 1, "share", "assumption (congestion, loading, bad roads)",
                        "Truck speed as a share of free-flow road speed"),
                Param.number("supply.risk_aversion_minutes", 90, 0, 10000, "min", "assumption",
                        "Detour drivers accept to avoid a road cell where a colleague was just attacked"),
                Param.number("supply.risk_half_life_days", 14, 0.5, 1000, "days", "assumption", "Half-life of drivers' memory of an attack"),
                Param.number("supply.water_without_fuel_share", 0.35, 0, 1, "share", "assumption (wells, springs, rain)",
                        "Share of water need met when water points have no fuel for pumping"),
                Param.number("supply.safe_water_without_fuel_share", 0.2, 0, 1, "share",
                        "assumption; BINUH S/2022/761 (blockade stopped water treatment)", "Share of water that is safe with no fuel"),
                Param.number("supply.safe_water_with_fuel_share", 0.8, 0, 1, "share", "assumption", "Share of water that is safe with full fuel"),
                Param.number("supply.crew_per_truck", 1.5, 0, 10, "people/truck", "assumption", "Driver and helpers, at risk of kidnapping"),
                Param.number("supply.ransom_usd", 5000, 0, 1e7, "USD/person", "assumption", "Ransom a gang gets per kidnapped person"),
                Param.number("supply.loot_usd_per_truck", 8000, 0, 1e7, "USD/truck", "assumption", "Resale value of a hijacked cargo"),
                Param.number("supply.unsafe_violence_index", 0.6, 0, 1, "index", "assumption",
                        "Violence index at which a distribution point or hospital closes"),
                Param.number("supply.initial_stock_share", 0.1, 0, 1, "share",
                        "assumption (three weeks into the Varreux blockade, stocks are low)", "Stocks on day 1 as a share of storage"),
                // the mechanisms' own numbers, declared next to them
                ConvoyRoutes.REROUTES_PER_DAY, Dispatch.MIN_SHORTFALL, RouteRisk.FORGET_BELOW);
    }

    public static SupplySettings from(Scenario s) {
        return new SupplySettings(s.number("supply.varreux_trucks_per_day"), s.number("supply.varreux_metro_share"),
                s.number("supply.fuel_gal_per_truck"), s.number("supply.other_fuel_trucks_per_day"),
                s.number("supply.fuel_need_gal_per_resident_per_day"), s.number("supply.hospital_fuel_gal_per_day"),
                s.number("supply.food_t_per_truck"), s.number("supply.food_need_t_per_resident_per_day"), s.number("supply.food_local_share"),
                s.number("supply.port_food_trucks_per_day"), s.number("supply.lafito_food_trucks_per_day"),
                s.number("supply.airport_food_trucks_per_day"), s.number("supply.medical_kits_per_truck"),
                s.number("supply.medical_need_kits_per_resident_per_day"), s.number("supply.port_medical_trucks_per_day"),
                s.number("supply.airport_medical_trucks_per_day"), s.number("supply.stock_days"), s.number("supply.truck_speed_factor"),
                s.number("supply.risk_aversion_minutes"), s.number("supply.risk_half_life_days"),
                s.number("supply.water_without_fuel_share"), s.number("supply.safe_water_without_fuel_share"),
                s.number("supply.safe_water_with_fuel_share"), s.number("supply.crew_per_truck"), s.number("supply.ransom_usd"),
                s.number("supply.loot_usd_per_truck"), s.number("supply.unsafe_violence_index"),
                s.number("supply.initial_stock_share"), s.number(ConvoyRoutes.REROUTES_PER_DAY.key()),
                s.number(Dispatch.MIN_SHORTFALL.key()), s.number(RouteRisk.FORGET_BELOW.key()));
    }

    /** What one truck carries of a cargo, in the cargo's unit. */
    public double amountPerTruck(Cargo c) {
        return switch (c) {
            case FUEL -> fuelGalPerTruck;
            case FOOD -> foodTPerTruck;
            case MEDICAL -> medicalKitsPerTruck;
            case WATER -> 1;
        };
    }
}
