package dev.attune.store;

import dev.attune.session.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The people who use Attune on this device. */
public final class SqlitePeople {
  private final Database database;
  private final Clock clock;

  public SqlitePeople(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public List<Person> all() {
    List<Person> people = new ArrayList<>();
    Transactions.run(
        database,
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT id, name, has_pelvic_pain FROM person ORDER BY id")) {
            while (rs.next()) {
              people.add(new Person(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0));
            }
          }
        });
    return people;
  }

  public Person add(String name, boolean hasPelvicPain) {
    long[] id = new long[1];
    Transactions.run(
        database,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO person (name, has_pelvic_pain, created_at) VALUES (?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name == null ? "" : name.strip());
            s.setInt(2, hasPelvicPain ? 1 : 0);
            s.setLong(3, clock.millis());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              id[0] = keys.getLong(1);
            }
          }
        });
    return new Person(id[0], name, hasPelvicPain);
  }
}
