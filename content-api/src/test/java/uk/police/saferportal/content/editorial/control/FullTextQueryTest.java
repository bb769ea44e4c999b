package uk.police.saferportal.content.editorial.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextQueryTest {

  @Test
  void keepsWordsOfThreeLettersOrMoreOnce() {
    assertEquals(List.of("rogue", "traders"), FullTextQuery.words("Rogue  traders, rogue! at"));
  }

  @Test
  void operatorsCannotBeSmuggledIn() {
    List<String> words = FullTextQuery.words("+bike -lock \"shed\" (van)* ~car @distance");
    assertEquals(List.of("bike", "lock", "shed", "van", "car", "distance"), words);
    assertEquals("+bike* +lock* +shed* +van* +car* +distance*", FullTextQuery.booleanQuery(words));
  }

  @Test
  void tooShortTextHasNoWords() {
    assertEquals(List.of(), FullTextQuery.words("an ox"));
    assertEquals(List.of(), FullTextQuery.words(null));
  }

  @Test
  void keepsAccentedLetters() {
    assertEquals(List.of("café"), FullTextQuery.words("Café"));
  }
}
