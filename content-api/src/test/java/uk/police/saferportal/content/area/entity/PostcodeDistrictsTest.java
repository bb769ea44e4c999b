package uk.police.saferportal.content.area.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeDistrictsTest {
  private final PostcodeDistricts districts =
      new PostcodeDistricts(
          Map.of(
              "TF", Optional.of("telford-and-wrekin"),
              "TF11", Optional.of("shropshire"),
              "SY", Optional.of("shropshire"),
              "SY20", Optional.empty(),
              "B60", Optional.of("north-worcestershire")));

  private Optional<String> areaOf(String postcode) {
    return districts.areaOf(Postcode.parse(postcode).orElseThrow());
  }

  @Test
  void postcodeAreaMapsToItsPolicingArea() {
    assertEquals(Optional.of("telford-and-wrekin"), areaOf("TF1 2AA"));
  }

  @Test
  void districtOverridesItsPostcodeArea() {
    assertEquals(Optional.of("shropshire"), areaOf("TF11 8PD"));
  }

  @Test
  void districtMarkedOutsideTheForceHasNoArea() {
    assertEquals(Optional.empty(), areaOf("SY20 9AZ"));
  }

  @Test
  void onlyListedDistrictsOfAStraddlingAreaMatch() {
    assertEquals(Optional.of("north-worcestershire"), areaOf("B60 1AA"));
    assertEquals(Optional.empty(), areaOf("B1 1AA"));
  }

  @Test
  void unknownPostcodeAreaHasNoArea() {
    assertEquals(Optional.empty(), areaOf("SW1A 1AA"));
  }
}
