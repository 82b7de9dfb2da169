package io.github.ets4j.allocation;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.MissingValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * The null walker: finds every public static method, constructor, builder and (with {@link
 * #walkInstances}) instance method of the library's public types by reflection and knocks on each
 * door with null.
 *
 * <ul>
 *   <li>A static method is called once with sample values (it must accept them: the baseline), then
 *       once per reference parameter with null in that place and samples elsewhere. It must throw an
 *       {@link EtsValidationException} naming a field, unless the parameter is {@link Nullable}.
 *   <li>A builder's every one-argument setter (and {@code from}) is called with null on a fresh
 *       builder and must throw an {@link EtsValidationException}. Then {@code build()} is called once
 *       with each required attribute left out (the others copied from a sample instance) and must
 *       throw a {@link MissingValueException} naming the missing attribute.
 *   <li>A public instance method is called on a sample of its type, as a static method is; those
 *       whose call depends on the sample's state are named with {@link #refuseFirst}: each null must
 *       then be refused by a check naming that parameter.
 * </ul>
 *
 * <p>Any other exception, or none where one is due, is a problem; the walk collects them all, so
 * one run lists every open door. Exclusions are named with their reason by the caller and a stale
 * exclusion (one that matches no door) is a problem too, so the list cannot rot.
 *
 * <p>Public, and shipped in this module's test-jar, so that the modules above (ets-study) walk their
 * own doors with it.
 */
public final class NullDoors {
  private final Samples samples;
  private final Map<String, String> exclusions;
  private final Set<String> usedExclusions = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> walked = new ArrayList<>();
  private final List<String> generatedContainerDoors = new ArrayList<>();
  private final List<String> generatedCopyMethods = new ArrayList<>();
  private final Map<String, String> refuseFirst = new java.util.HashMap<>();

  public NullDoors(Samples samples, Map<String, String> exclusions) {
    this.samples = samples;
    this.exclusions = exclusions;
  }

  /**
   * The public top-level and nested types of the packages under {@code root}, read where {@code
   * anchor} was loaded from (a classes folder or, in a packaged reactor build, a jar).
   */
  public static List<Class<?>> publicTypes(Class<?> anchor, String root) {
    Path base;
    try {
      base = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(base)) {
        try (Stream<Path> files = Files.walk(base)) {
          files.forEach(f -> names.add(base.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
        }
      } else {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(base.toFile())) {
          jar.stream().forEach(e -> names.add(e.getName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String relative : names) {
      if (!relative.endsWith(".class") || relative.endsWith("package-info.class")
          || relative.endsWith("module-info.class")) {
        continue;
      }
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      if (!name.startsWith(root)) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (isPublicApi(type)) {
          types.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    // On the module path a package its module does not export (io.github.ets4j.sectors.internal) is no door:
    // neither this walker nor a user can reach it (ModuleConsumerTest in ets-io shows the user's side).
    if (!type.getModule().isExported(type.getPackageName(), NullDoors.class.getModule())) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Methods whose call depends on the sample's state (an account's holdings, a review's stage), given
   * with their reason: no baseline call; instead each null must be refused by a check that names
   * that very parameter, before any rule on the state is applied.
   */
  public void refuseFirst(Map<String, String> methods) {
    refuseFirst.putAll(methods);
  }

  private void walkRefusingFirst(Method method, Object sample, String key) {
    Object[] args;
    try {
      args = samples.argumentsFor(method);
    } catch (RuntimeException e) {
      problems.add(key + ": no sample arguments: " + e);
      return;
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      String door = key + " with " + parameters[i].getName() + " = null";
      walked.add(door);
      Throwable thrown = call(method, sample, withNull);
      if (!(thrown instanceof EtsValidationException refused) || !refused.field().equals(parameters[i].getName())) {
        problems.add(door + ": expected an EtsValidationException for " + parameters[i].getName() + ", got " + thrown);
      }
    }
  }

  /** The copy methods of generated types that were left out of the instance walk. */
  public List<String> generatedCopyMethods() {
    return generatedCopyMethods;
  }

  /** Walks the doors of {@code types}. */
  public void walk(Collection<Class<?>> types) {
    for (Class<?> type : types) {
      if (!Throwable.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
        for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
          walkConstructor(constructor);
        }
      }
      List<Method> methods = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
      methods.sort(Comparator.comparing(Method::toGenericString));
      for (Method method : methods) {
        int mod = method.getModifiers();
        if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || method.isSynthetic() || method.isBridge()) {
          continue;
        }
        if (type.isEnum() && isEnumImplicit(method)) {
          continue; // values() and valueOf(String) are written by javac, not by us: see the exclusions' note
        }
        if (method.getName().equals("builder") && method.getParameterCount() == 0) {
          walkBuilder(type, method);
        } else {
          walkStatic(method);
        }
      }
    }
  }

  /**
   * Walks the public instance methods that take references ({@code with…}, {@code plus}, {@code
   * allocate}, queries by year or sector, …) of a sample of each type, the same way as the static
   * factories: the call with samples must succeed, then each null must be refused. A type that no
   * sample can be made of is a problem unless excluded.
   */
  public void walkInstances(Collection<Class<?>> types) {
    for (Class<?> type : types) {
      if (type.isInterface() || type.isEnum() || type.getSimpleName().equals("Builder")
          || Throwable.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      List<Method> methods = new ArrayList<>();
      for (Method method : type.getDeclaredMethods()) {
        int mod = method.getModifiers();
        if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !method.isSynthetic() && !method.isBridge()
            && !method.getName().equals("equals") && !method.getName().equals("compareTo")
            && !Arrays.stream(method.getParameterTypes()).allMatch(Class::isPrimitive)) {
          methods.add(method);
        }
      }
      if (methods.isEmpty()) {
        continue;
      }
      methods.sort(Comparator.comparing(Method::toGenericString));
      String typeKey = type.getName().replace('$', '.') + " (a sample)";
      if (excluded(typeKey)) {
        continue;
      }
      Object sample;
      try {
        sample = samples.of(type, type);
      } catch (RuntimeException e) {
        problems.add(typeKey + ": no sample: " + e);
        continue;
      }
      for (Method method : methods) {
        walkInstance(method, sample);
      }
    }
  }

  private void walkInstance(Method method, Object sample) {
    String key = key(method);
    if (excluded(key)) {
      return;
    }
    if (isGenerated(method.getDeclaringClass()) && method.getName().startsWith("with")) {
      // Immutables' copy methods check their argument as its builder setters do (the builder walk shows those).
      generatedCopyMethods.add(key);
      return;
    }
    if (refuseFirst.containsKey(key)) {
      walkRefusingFirst(method, sample, key);
      return;
    }
    Object[] args;
    try {
      args = samples.argumentsFor(method);
    } catch (RuntimeException e) {
      problems.add(key + ": no sample arguments: " + e);
      return;
    }
    Throwable baseline = call(method, sample, args);
    if (baseline != null) {
      problems.add(key + ": refuses its sample arguments " + Arrays.deepToString(args) + ": " + baseline);
      return;
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      if (isGenerated(method.getDeclaringClass()) && isContainer(parameters[i].getType())) {
        generatedContainerDoors.add(key + " with " + parameters[i].getName() + " = null");
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      judge(key + " with " + parameters[i].getName() + " = null", call(method, sample, withNull),
          parameters[i].isAnnotationPresent(Nullable.class));
    }
  }

  private static boolean isEnumImplicit(Method method) {
    return (method.getName().equals("values") && method.getParameterCount() == 0)
        || (method.getName().equals("valueOf") && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class}));
  }

  /** The name of a method or constructor in exclusions and problems, e.g. {@code a.b.C.of(String,List)}. */
  public static String key(java.lang.reflect.Executable method) {
    StringBuilder b = new StringBuilder(method.getDeclaringClass().getName().replace('$', '.'))
        .append('.').append(method instanceof Method ? method.getName() : "new").append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      b.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
    }
    return b.append(')').toString();
  }

  private boolean excluded(String key) {
    if (exclusions.containsKey(key)) {
      usedExclusions.add(key);
      return true;
    }
    return false;
  }

  private void walkStatic(Method method) {
    String key = key(method);
    if (excluded(key)) {
      return;
    }
    walked.add(key);
    Object[] args;
    try {
      args = samples.argumentsFor(method);
    } catch (RuntimeException e) {
      problems.add(key + ": no sample arguments: " + e);
      return;
    }
    Throwable baseline = call(method, null, args);
    if (baseline != null) {
      problems.add(key + ": refuses its sample arguments " + Arrays.deepToString(args) + ": " + baseline);
      return;
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      if (isGenerated(method.getDeclaringClass()) && isContainer(parameters[i].getType())) {
        generatedContainerDoors.add(key + " with " + parameters[i].getName() + " = null");
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      Throwable thrown = call(method, null, withNull);
      boolean nullable = parameters[i].isAnnotationPresent(Nullable.class);
      judge(key + " with " + parameters[i].getName() + " = null", thrown, nullable);
    }
  }

  private void walkConstructor(java.lang.reflect.Constructor<?> constructor) {
    String key = key(constructor);
    if (excluded(key)) {
      return;
    }
    Object[] args;
    try {
      args = samples.argumentsFor(constructor);
    } catch (RuntimeException e) {
      problems.add(key + ": no sample arguments: " + e);
      return;
    }
    Parameter[] parameters = constructor.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      Throwable thrown;
      try {
        constructor.newInstance(withNull);
        thrown = null;
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        thrown = e;
      }
      judge(key + " with " + parameters[i].getName() + " = null", thrown, parameters[i].isAnnotationPresent(Nullable.class));
    }
  }

  private void judge(String door, @Nullable Throwable thrown, boolean nullable) {
    if (excluded(door)) {
      return;
    }
    walked.add(door);
    if (thrown == null) {
      if (!nullable) {
        problems.add(door + ": accepted");
      }
    } else if (!(thrown instanceof EtsValidationException refused)) {
      problems.add(door + ": " + thrown);
    } else if (refused.field().isBlank()) {
      problems.add(door + ": names no field: " + thrown.getMessage());
    }
  }

  private void walkBuilder(Class<?> type, Method builderMethod) {
    String key = key(builderMethod);
    if (excluded(key)) {
      return;
    }
    walked.add(key);
    Class<?> builderType = builderMethod.getReturnType();
    Method build;
    try {
      build = builderType.getMethod("build");
    } catch (NoSuchMethodException e) {
      problems.add(key + ": the builder has no build()");
      return;
    }
    List<Method> setters = new ArrayList<>();
    for (Method m : builderType.getMethods()) {
      if (m.getDeclaringClass() == builderType && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive()) {
        setters.add(m);
      }
    }
    setters.sort(Comparator.comparing(Method::toGenericString));
    for (Method setter : setters) {
      String setterKey = key(setter);
      if (isContainer(setter.getParameterTypes()[0])) {
        generatedContainerDoors.add(setterKey + " with null");
        continue;
      }
      Object builder = newBuilder(builderMethod);
      judge(setterKey + " with null", call(setter, builder, new Object[] {null}), false);
    }
    Object sample;
    try {
      sample = samples.of(type, type);
    } catch (RuntimeException e) {
      problems.add(key + ": no sample " + type.getSimpleName() + ": " + e);
      return;
    }
    List<String> required = requiredAttributes(builderType);
    walked.add(key + " build() without any attribute");
    Throwable empty = call(build, newBuilder(builderMethod), new Object[0]);
    if (required.isEmpty()) {
      if (empty != null && !(empty instanceof EtsValidationException)) {
        problems.add(key + " build() without any attribute: " + empty);
      }
    } else if (!(empty instanceof MissingValueException missingAll) || !missingAll.fields().containsAll(required)) {
      problems.add(key + " build() without any attribute: expected " + required + " missing, got " + empty);
    }
    for (String missing : required) {
      String door = key + " build() without " + missing;
      walked.add(door);
      Object builder = newBuilder(builderMethod);
      for (String other : required) {
        if (!other.equals(missing)) {
          Throwable set = copyAttribute(builderType, builder, sample, other);
          if (set != null) {
            problems.add(door + ": cannot set " + other + " from the sample: " + set);
          }
        }
      }
      Throwable thrown = call(build, builder, new Object[0]);
      if (!(thrown instanceof MissingValueException missingOne)) {
        problems.add(door + ": expected a MissingValueException, got " + thrown);
      } else if (!missingOne.fields().equals(List.of(missing))) {
        problems.add(door + ": names " + missingOne.fields());
      }
    }
  }

  /**
   * A collection, array, map, map entry or {@link java.util.Optional}. Immutables 2.12.2 iterates or
   * unwraps such an argument of its generated builder setters and {@code of} factories without
   * checking it for null first, and no style attribute changes that (its template checks the
   * elements, not the container). Such a null is a {@link NullPointerException} from the JDK naming
   * the argument; these doors are listed by {@link #generatedContainerDoors()}, not knocked on.
   */
  public static boolean isContainer(Class<?> type) {
    return type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
        || Map.Entry.class.isAssignableFrom(type) || type == java.util.Optional.class;
  }

  /** Generated by Immutables from the package's {@code AbstractX} (the sandwich of the shared style), or its builder. */
  static boolean isGenerated(Class<?> type) {
    Class<?> value = type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
        ? type.getEnclosingClass() : type;
    return value.getSuperclass() != null && value.getSuperclass().getSimpleName().equals("Abstract" + value.getSimpleName());
  }

  /** The container arguments of generated code that were left out (see {@link #isContainer}). */
  public List<String> generatedContainerDoors() {
    return generatedContainerDoors;
  }

  private static Object newBuilder(Method builderMethod) {
    try {
      return builderMethod.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The required attributes of a generated builder: Immutables keeps one {@code INIT_BIT_X} constant
   * per attribute that must be set before {@code build()}.
   */
  static List<String> requiredAttributes(Class<?> builderType) {
    List<String> names = new ArrayList<>();
    for (Field field : builderType.getDeclaredFields()) {
      if (field.getName().startsWith("INIT_BIT_")) {
        names.add(camel(field.getName().substring("INIT_BIT_".length())));
      }
    }
    return names;
  }

  private static String camel(String constant) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  private static @Nullable Throwable copyAttribute(Class<?> builderType, Object builder, Object sample, String name) {
    Object value;
    try {
      value = sample.getClass().getMethod(name).invoke(sample);
    } catch (ReflectiveOperationException e) {
      return e;
    }
    for (Method setter : builderType.getMethods()) {
      if (setter.getName().equals(name) && setter.getParameterCount() == 1
          && box(setter.getParameterTypes()[0]).isInstance(value)) {
        return call(setter, builder, new Object[] {value});
      }
    }
    return new IllegalStateException("no setter " + name + " for " + value.getClass().getSimpleName());
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == int.class ? Integer.class : type == long.class ? Long.class
        : type == double.class ? Double.class : type == boolean.class ? Boolean.class : Object.class;
  }

  /** Invokes and returns what it threw (unwrapped), or null when it returned normally. */
  private static @Nullable Throwable call(Method method, @Nullable Object target, Object[] args) {
    try {
      method.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException | IllegalArgumentException e) {
      return e;
    }
  }

  /** The problems found, one line each. */
  public List<String> problems() {
    List<String> all = new ArrayList<>(problems);
    for (String key : exclusions.keySet()) {
      if (!usedExclusions.contains(key)) {
        all.add(key + ": excluded, but no such door was found (stale exclusion)");
      }
    }
    return all;
  }

  /** The doors knocked on (methods, setters and build() cases), for the count in the test's message. */
  public List<String> walked() {
    return walked;
  }
}
