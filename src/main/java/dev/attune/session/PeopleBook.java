package dev.attune.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The people who use Attune on this device, held in memory so screens never wait for the disk;
 * every change is written through the {@link Journal}. One thread (the UI's) uses it.
 */
public final class PeopleBook {
  private final List<Person> people;
  private final Journal journal;
  private final Clock clock;

  /**
   * @param saved the people already stored, in order
   */
  public PeopleBook(List<Person> saved, Journal journal, Clock clock) {
    this.people = new ArrayList<>(saved);
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public List<Person> all() {
    return List.copyOf(people);
  }

  public boolean isEmpty() {
    return people.isEmpty();
  }

  /** Gives someone a name, changes it, or clears it (empty). */
  public void rename(long personId, String name) {
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).id() == personId) {
        Person renamed = new Person(personId, name, people.get(i).hasPelvicPain());
        people.set(i, renamed);
        journal.person(renamed, clock.instant());
      }
    }
  }

  /** Forgets someone whose records were deleted (the store has already removed them). */
  public void forget(long personId) {
    people.removeIf(p -> p.id() == personId);
  }

  /** Knows exactly these people: read once Attune is unlocked. */
  public void knowOnly(List<Person> saved) {
    people.clear();
    people.addAll(saved);
  }

  /** Forgets everyone, after everything was deleted. */
  public void forgetEveryone() {
    people.clear();
  }

  /** Adds someone; the name is optional. */
  public Person add(String name, boolean hasPelvicPain) {
    long id = people.stream().mapToLong(Person::id).max().orElse(0) + 1;
    Person person = new Person(id, name, hasPelvicPain);
    people.add(person);
    journal.person(person, clock.instant());
    return person;
  }
}
