package dev.attune.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A journal that remembers every call, for tests. */
final class RecordingJournal implements Journal {
  final List<String> calls = new ArrayList<>();
  final Map<String, List<String>> answers = new LinkedHashMap<>();
  Outcome outcome;

  @Override
  public void follows(String checkInId, String afterCheckInId) {
    calls.add("follows " + afterCheckInId);
  }

  @Override
  public void setting(String key, String value) {
    calls.add("setting " + key + "=" + value);
  }

  @Override
  public void person(Person person, Instant at) {
    calls.add("person " + person.id() + " " + person.hasPelvicPain());
  }

  @Override
  public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
    calls.add("begin " + deckId);
  }

  @Override
  public void answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    calls.add("answer " + personId + " " + promptId + " " + optionIds);
    answers.put(personId + ":" + promptId, optionIds);
  }

  @Override
  public void withdraw(String checkInId, long personId, String promptId) {
    calls.add("withdraw " + personId + " " + promptId);
    answers.remove(personId + ":" + promptId);
  }

  @Override
  public void finish(String checkInId, Outcome outcome, Instant at) {
    calls.add("finish " + outcome);
    this.outcome = outcome;
  }

  @Override
  public void signal(String signalId, Instant at) {
    calls.add("signal " + signalId);
  }
}
