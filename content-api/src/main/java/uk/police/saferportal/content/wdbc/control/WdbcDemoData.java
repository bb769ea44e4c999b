package uk.police.saferportal.content.wdbc.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.demo.entity.DemoSeeding;
import uk.police.saferportal.content.wdbc.entity.AccreditationStatus;
import uk.police.saferportal.content.wdbc.entity.WdbcTown;

/**
 * The demo We Don't Buy Crime register. Illustrative only: the towns are real places in the force
 * area, but their statuses, dates and the retailers are made up for the demo.
 */
@ApplicationScoped
public class WdbcDemoData {
  private static final Logger LOG = Logger.getLogger(WdbcDemoData.class.getName());

  @Inject WdbcRegister register;
  @Inject AreaDirectory directory;

  record DemoTown(String name, String area, LocalDate accreditedOn) {}

  record DemoRetailer(String name, String town, String address) {}

  void seed(@Observes @Priority(DemoSeeding.REGISTERS) DemoSeeding seeding) {
    if (!register.towns(Optional.empty()).isEmpty()) {
      return;
    }
    Map<String, WdbcTown> towns = new HashMap<>();
    for (DemoTown town : TOWNS) {
      towns.put(
          town.name(),
          register.addTown(
              town.name(),
              directory.area(town.area()).orElseThrow(),
              town.accreditedOn() == null
                  ? AccreditationStatus.WORKING_TOWARDS
                  : AccreditationStatus.ACCREDITED,
              town.accreditedOn(),
              DemoSeeding.SEEDER));
    }
    for (DemoRetailer retailer : RETAILERS) {
      register.addRetailer(
          retailer.name(),
          towns.get(retailer.town()),
          retailer.address(),
          null,
          DemoSeeding.SEEDER);
    }
    LOG.info(
        "Demo mode: seeded the We Don't Buy Crime register with "
            + TOWNS.size()
            + " towns and "
            + RETAILERS.size()
            + " retailers");
  }

  static final List<DemoTown> TOWNS =
      List.of(
          new DemoTown("Ledbury", "herefordshire", LocalDate.of(2021, 3, 15)),
          new DemoTown("Bromyard", "herefordshire", null),
          new DemoTown("Bewdley", "north-worcestershire", LocalDate.of(2022, 6, 1)),
          new DemoTown("Pershore", "south-worcestershire", LocalDate.of(2020, 11, 20)),
          new DemoTown("Tenbury Wells", "south-worcestershire", null),
          new DemoTown("Ludlow", "shropshire", LocalDate.of(2023, 2, 10)),
          new DemoTown("Bridgnorth", "shropshire", null),
          new DemoTown("Newport", "telford-and-wrekin", LocalDate.of(2022, 9, 5)));

  static final List<DemoRetailer> RETAILERS =
      List.of(
          new DemoRetailer("Homend Second-Hand Goods", "Ledbury", "The Homend, Ledbury"),
          new DemoRetailer("Severnside Cycles", "Bewdley", "Load Street, Bewdley"),
          new DemoRetailer("Abbey Pawnbrokers", "Pershore", "Broad Street, Pershore"),
          new DemoRetailer("Castle Antiques and Collectables", "Ludlow", "Castle Square, Ludlow"),
          new DemoRetailer("High Street Exchange", "Newport", "High Street, Newport"));
}
