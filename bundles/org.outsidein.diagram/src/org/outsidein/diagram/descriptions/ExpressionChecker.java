package org.outsidein.diagram.descriptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.outsidein.diagram.expressions.CompiledExpression;
import org.outsidein.diagram.expressions.ExpressionException;
import org.outsidein.diagram.expressions.ExpressionType;
import org.outsidein.diagram.expressions.Metamodel;
import org.outsidein.diagram.expressions.TypeEnvironment;

/**
 * Compiles the expressions of one description file and collects every problem, each naming the file, the
 * mapping or tool, and the expression, so that an author sees them all at once.
 */
public final class ExpressionChecker {

	/** What an expression must yield where it is used. */
	public enum Expecting {
		CONDITION, ELEMENTS, NUMBER, ANYTHING
	}

	private final String source;
	private final Metamodel metamodel;
	private final List<String> problems = new ArrayList<>();

	public ExpressionChecker(String source, Metamodel metamodel) {
		this.source = source;
		this.metamodel = metamodel;
	}

	public Metamodel metamodel() {
		return metamodel;
	}

	public List<String> problems() {
		return problems;
	}

	/**
	 * @param owner what the expression belongs to ("mapping 'Role'")
	 * @param role  which expression it is ("candidates")
	 * @return null when the text is blank or the expression has problems (then recorded)
	 */
	public LocatedExpression compile(String text, TypeEnvironment environment, String owner, String role,
			Expecting expecting) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String where = source + ": " + owner + ", " + role + " '" + text + "'";
		try {
			CompiledExpression expression = CompiledExpression.compile(text, environment);
			ExpressionType type = expression.type();
			if (expecting == Expecting.CONDITION && !type.isBoolean()) {
				problem(where + ": must be a condition (true or false), not " + type);
			} else if (expecting == Expecting.ELEMENTS && !type.isElement()) {
				problem(where + ": must yield model elements, not " + type);
			} else if (expecting == Expecting.NUMBER && (!type.isNumber() || type.many())) {
				problem(where + ": must be a number, not " + type);
			} else {
				return new LocatedExpression(expression, environment, where);
			}
		} catch (ExpressionException e) {
			problem(where + ": " + e.getMessage());
		}
		return null;
	}

	/** A class named in the description; null (and a problem) when the metamodel has none of that name. */
	public EClass classNamed(String name, String owner, String role) {
		Optional<EClass> found = metamodel.findClass(name);
		if (found.isEmpty()) {
			problem(source + ": " + owner + ", " + role + " '" + name + "': no such class in "
					+ metamodel.mainPackage().getNsURI());
			return null;
		}
		return found.get();
	}

	public void problem(String message) {
		problems.add(message);
	}

	public String source() {
		return source;
	}

	/** The most specific class all the given classes are (EObject when they share none). */
	public static EClass common(List<EClass> classes) {
		if (classes.isEmpty() || classes.contains(null)) {
			return EcorePackage.Literals.EOBJECT;
		}
		List<EClass> candidates = new ArrayList<>();
		candidates.add(classes.get(0));
		List<EClass> supertypes = new ArrayList<>(classes.get(0).getEAllSuperTypes());
		Collections.reverse(supertypes); // nearest supertypes first
		candidates.addAll(supertypes);
		for (EClass candidate : candidates) {
			if (classes.stream().allMatch(candidate::isSuperTypeOf)) {
				return candidate;
			}
		}
		return EcorePackage.Literals.EOBJECT;
	}
}
