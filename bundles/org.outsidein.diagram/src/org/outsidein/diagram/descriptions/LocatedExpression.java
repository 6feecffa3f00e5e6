package org.outsidein.diagram.descriptions;

import java.util.List;

import org.outsidein.diagram.expressions.Bindings;
import org.outsidein.diagram.expressions.CompiledExpression;
import org.outsidein.diagram.expressions.TypeEnvironment;
import org.outsidein.diagram.expressions.Values;

/**
 * A compiled expression that knows where it was written ("customer-ecosystem.diagram: mapping 'Role', candidates
 * 'self.methodologies.roles'"), so that a failure while a diagram is drawn names the file, the mapping and the
 * expression, as a failure to compile does.
 */
public record LocatedExpression(CompiledExpression expression, TypeEnvironment environment, String where) {

	public Bindings bind() {
		return environment.bind();
	}

	public Object evaluate(Bindings bindings) {
		try {
			return expression.evaluate(bindings);
		} catch (RuntimeException e) {
			throw new DescriptionEvaluationException(where + ": " + e, e);
		}
	}

	public List<?> list(Bindings bindings) {
		return Values.asList(evaluate(bindings));
	}

	public boolean test(Bindings bindings) {
		return Values.isTrue(evaluate(bindings));
	}

	public String text(Bindings bindings) {
		return Values.text(evaluate(bindings));
	}
}
