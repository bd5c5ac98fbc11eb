package dev.attune.store;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One journal call waiting to be saved, as data: it can be made again on a journal, and written to
 * and read from the held-answers file, so a call that could not be saved survives Attune closing.
 *
 * @param checkInId the check-in it writes to, or {@code null}
 * @param personId the person it writes about, or {@link #NOBODY}
 * @param first the deck, prompt, setting key, outcome, signal or followed check-in; or {@code null}
 * @param second a setting's value or a person's name; or {@code null}
 * @param options the options chosen, for an answer
 * @param people who is in a check-in, for begin (or the one person, for person)
 * @param outcomes a private round's outcomes, for settle
 * @param at when it happened, or {@code null}
 */
record HeldCall(
    Kind kind,
    String checkInId,
    long personId,
    String first,
    String second,
    List<String> options,
    List<Person> people,
    Map<String, String> outcomes,
    Instant at) {

  static final long NOBODY = -1;

  /** One per journal method; the order is the file's, so new kinds go at the end. */
  enum Kind {
    SETTING,
    PERSON,
    BEGIN,
    ANSWER,
    SETTLE,
    WITHDRAW,
    FINISH,
    SIGNAL,
    FOLLOWS
  }

  HeldCall {
    options = List.copyOf(options);
    people = List.copyOf(people);
    outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  static HeldCall setting(String key, String value) {
    return new HeldCall(
        Kind.SETTING, null, NOBODY, key, value, List.of(), List.of(), Map.of(), null);
  }

  static HeldCall person(Person person, Instant at) {
    return new HeldCall(
        Kind.PERSON, null, person.id(), null, null, List.of(), List.of(person), Map.of(), at);
  }

  static HeldCall begin(String checkInId, String deckId, List<Person> people, Instant at) {
    return new HeldCall(
        Kind.BEGIN, checkInId, NOBODY, deckId, null, List.of(), people, Map.of(), at);
  }

  static HeldCall answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    return new HeldCall(
        Kind.ANSWER, checkInId, personId, promptId, null, optionIds, List.of(), Map.of(), at);
  }

  static HeldCall settle(String checkInId, Map<String, String> outcomes, Instant at) {
    return new HeldCall(
        Kind.SETTLE, checkInId, NOBODY, null, null, List.of(), List.of(), outcomes, at);
  }

  static HeldCall withdraw(String checkInId, long personId, String promptId) {
    return new HeldCall(
        Kind.WITHDRAW, checkInId, personId, promptId, null, List.of(), List.of(), Map.of(), null);
  }

  static HeldCall finish(String checkInId, Outcome outcome, Instant at) {
    return new HeldCall(
        Kind.FINISH, checkInId, NOBODY, outcome.name(), null, List.of(), List.of(), Map.of(), at);
  }

  static HeldCall signal(String signalId, Instant at) {
    return new HeldCall(
        Kind.SIGNAL, null, NOBODY, signalId, null, List.of(), List.of(), Map.of(), at);
  }

  static HeldCall follows(String checkInId, String afterCheckInId) {
    return new HeldCall(
        Kind.FOLLOWS,
        checkInId,
        NOBODY,
        afterCheckInId,
        null,
        List.of(),
        List.of(),
        Map.of(),
        null);
  }

  /** Makes the call on {@code journal}. */
  void apply(Journal journal) {
    switch (kind) {
      case SETTING -> journal.setting(first, second);
      case PERSON -> journal.person(people.get(0), at);
      case BEGIN -> journal.begin(checkInId, first, people, at);
      case ANSWER -> journal.answer(checkInId, personId, first, options, at);
      case SETTLE -> journal.settle(checkInId, outcomes, at);
      case WITHDRAW -> journal.withdraw(checkInId, personId, first);
      case FINISH -> journal.finish(checkInId, Outcome.valueOf(first), at);
      case SIGNAL -> journal.signal(first, at);
      case FOLLOWS -> journal.follows(checkInId, first);
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeByte(kind.ordinal());
    writeText(out, checkInId);
    out.writeLong(personId);
    writeText(out, first);
    writeText(out, second);
    out.writeInt(options.size());
    for (String option : options) {
      out.writeUTF(option);
    }
    out.writeInt(people.size());
    for (Person p : people) {
      out.writeLong(p.id());
      out.writeUTF(p.name());
      out.writeBoolean(p.hasPelvicPain());
    }
    out.writeInt(outcomes.size());
    for (Map.Entry<String, String> e : outcomes.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeBoolean(at != null);
    if (at != null) {
      out.writeLong(at.getEpochSecond());
      out.writeInt(at.getNano());
    }
  }

  static HeldCall read(DataInputStream in) throws IOException {
    int ordinal = in.readUnsignedByte();
    if (ordinal >= Kind.values().length) {
      throw new IOException("unknown kind " + ordinal);
    }
    Kind kind = Kind.values()[ordinal];
    String checkInId = readText(in);
    long personId = in.readLong();
    String first = readText(in);
    String second = readText(in);
    List<String> options = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      options.add(in.readUTF());
    }
    List<Person> people = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      people.add(new Person(in.readLong(), in.readUTF(), in.readBoolean()));
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      outcomes.put(in.readUTF(), in.readUTF());
    }
    Instant at = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    return new HeldCall(kind, checkInId, personId, first, second, options, people, outcomes, at);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("a count of " + n);
    }
    return n;
  }

  /**
   * Whether this call could have been made: each kind has what it needs (a setting its key and
   * value, an answer its check-in and prompt). Zeros left where a write stopped read as a setting
   * with neither, and are told from a real call by this.
   */
  boolean possible() {
    return switch (kind) {
      case SETTING -> first != null && second != null;
      case PERSON -> people.size() == 1;
      case BEGIN, ANSWER, WITHDRAW, FINISH, FOLLOWS -> checkInId != null && first != null;
      case SETTLE -> checkInId != null;
      case SIGNAL -> first != null;
    };
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text);
    }
  }

  private static String readText(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
