package dev.attune.session;

/**
 * Reaches Swing by reflection: the class is named only in a string. That string is not a dependency
 * in the class file, so no dependency rule (ArchUnit's or anyone's) can see Swing here; what
 * catches it is the rule against loading classes by name.
 */
public final class ArchFixtureLoadsSwingByName {
  private ArchFixtureLoadsSwingByName() {}

  public static Object button() throws ReflectiveOperationException {
    return Class.forName("javax.swing.JButton").getConstructor().newInstance();
  }
}
