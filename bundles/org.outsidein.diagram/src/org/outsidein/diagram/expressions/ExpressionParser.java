package org.outsidein.diagram.expressions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * A recursive-descent parser that type-checks as it builds: each node knows its type when it is made, so a
 * description is fully checked against its metamodel when it is read. Grammar (lowest precedence first):
 *
 * <pre>
 * expression := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := sum (('=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum)?
 * sum        := path (('+' | '-') path)*
 * path       := primary ('.' step | '[' expression ']')*
 * step       := name | name '(' (string)? ')'
 * primary    := number | string | true | false | null | '(' expression ')' | variable | step
 * </pre>
 *
 * A name that is not a variable is a step from the implicit element: {@code self}, or inside {@code [...]} the
 * element being filtered. {@code it} is the implicit element itself.
 */
final class ExpressionParser {

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false", "null");

	private final String text;
	private final TypeEnvironment environment;
	private final Metamodel metamodel;
	private final Map<String, Integer> variableSlots = new HashMap<>();
	private List<Token> tokens;
	private int index;
	private int frameSize;
	/** Where the implicit element is: self's slot, or the slot of the innermost filter. */
	private int implicitSlot;
	private ExpressionType implicitType;

	ExpressionParser(String text, TypeEnvironment environment) {
		this.text = text == null ? "" : text;
		this.environment = environment;
		this.metamodel = environment.metamodel();
		List<String> names = environment.names();
		for (int i = 0; i < names.size(); i++) {
			variableSlots.put(names.get(i), i);
		}
		this.frameSize = names.size();
		Integer self = variableSlots.get(TypeEnvironment.SELF);
		this.implicitSlot = self == null ? -1 : self;
		this.implicitType = self == null ? null : environment.variables().get(TypeEnvironment.SELF);
	}

	CompiledExpression parseAll() throws ExpressionException {
		if (text.isBlank()) {
			throw new ExpressionException("the expression is empty", 0);
		}
		tokens = Tokenizer.tokenize(text);
		Node root = expression();
		if (peek().kind() != Token.Kind.END) {
			throw new ExpressionException("unexpected " + peek().describe(), peek().position());
		}
		return new CompiledExpression(text, root, frameSize, variableSlots.size());
	}

	private Node expression() throws ExpressionException {
		Node left = conjunction();
		while (peek().is("or")) {
			Token or = next();
			left = new Nodes.Logic(false, booleanOperand(left, or), booleanOperand(conjunction(), or));
		}
		return left;
	}

	private Node conjunction() throws ExpressionException {
		Node left = negation();
		while (peek().is("and")) {
			Token and = next();
			left = new Nodes.Logic(true, booleanOperand(left, and), booleanOperand(negation(), and));
		}
		return left;
	}

	private Node negation() throws ExpressionException {
		if (peek().is("not")) {
			Token not = next();
			return new Nodes.Not(booleanOperand(negation(), not));
		}
		return comparison();
	}

	private Node comparison() throws ExpressionException {
		Node left = sum();
		Token operator = peek();
		if (operator.kind() == Token.Kind.SYMBOL && List.of("=", "!=", "<", "<=", ">", ">=").contains(operator.text())) {
			next();
			Node right = sum();
			if (!operator.is("=") && !operator.is("!=")) {
				orderable(left, operator);
				orderable(right, operator);
			}
			return new Nodes.Compare(operator.text(), left, right);
		}
		return left;
	}

	private Node sum() throws ExpressionException {
		Node left = path();
		while (peek().is("+") || peek().is("-")) {
			Token operator = next();
			Node right = path();
			boolean numbers = left.type.isNumber() && right.type.isNumber();
			if (operator.is("-") && !numbers) {
				throw new ExpressionException("'-' needs numbers, not " + left.type + " and " + right.type,
						operator.position());
			}
			left = new Nodes.Arithmetic(operator.is("+"), left, right,
					numbers ? ExpressionType.NUMBER : ExpressionType.STRING);
		}
		return left;
	}

	private Node path() throws ExpressionException {
		Node node = primary();
		while (true) {
			if (peek().is(".")) {
				next();
				node = step(node, expectName());
			} else if (peek().is("[")) {
				node = filter(node, next());
			} else {
				return node;
			}
		}
	}

	private Node primary() throws ExpressionException {
		Token token = next();
		switch (token.kind()) {
		case NUMBER:
			return new Nodes.Constant(Double.valueOf(token.text()), ExpressionType.NUMBER);
		case STRING:
			return new Nodes.Constant(token.text(), ExpressionType.STRING);
		case IDENTIFIER:
			return identifier(token);
		default:
			if (token.is("(")) {
				Node inner = expression();
				expect(")");
				return inner;
			}
			throw new ExpressionException("unexpected " + token.describe(), token.position());
		}
	}

	private Node identifier(Token token) throws ExpressionException {
		switch (token.text()) {
		case "true":
			return new Nodes.Constant(Boolean.TRUE, ExpressionType.BOOLEAN);
		case "false":
			return new Nodes.Constant(Boolean.FALSE, ExpressionType.BOOLEAN);
		case "null":
			return new Nodes.Constant(null, ExpressionType.UNKNOWN);
		default:
			if (KEYWORDS.contains(token.text())) {
				throw new ExpressionException("unexpected '" + token.text() + "'", token.position());
			}
		}
		Integer slot = variableSlots.get(token.text());
		if (slot != null) {
			return new Nodes.Slot(slot, environment.variables().get(token.text()));
		}
		if (implicitSlot < 0) {
			throw new ExpressionException("unknown variable '" + token.text() + "'; there are "
					+ environment.names(), token.position());
		}
		if (token.text().equals("it")) {
			return new Nodes.Slot(implicitSlot, implicitType); // inside [...] the element filtered, else self
		}
		return step(new Nodes.Slot(implicitSlot, implicitType), token);
	}

	/** {@code source.name}, {@code source.eContainer}, {@code source.eContainer('Type')}, {@code source.f(...)}. */
	private Node step(Node source, Token name) throws ExpressionException {
		if (peek().is("(")) {
			next();
			EClass classArgument = null;
			if (peek().kind() == Token.Kind.STRING) {
				classArgument = classNamed(next());
			}
			expect(")");
			if (name.text().equals("eContainer")) {
				return container(source, classArgument, name);
			}
			return Functions.call(name.text(), source, classArgument, name.position());
		}
		if (name.text().equals("eContainer")) {
			return container(source, null, name);
		}
		EClass owner = elementClass(source, name);
		EStructuralFeature feature = metamodel.findFeature(owner, name.text()).orElseThrow(
				() -> new ExpressionException(owner.getName() + " has no feature '" + name.text() + "'", name.position()));
		ExpressionType type = new ExpressionType(feature.getEType(), source.type.many() || feature.isMany());
		return new Nodes.Navigate(source, name.text(), type);
	}

	private Node container(Node source, EClass wanted, Token name) throws ExpressionException {
		EClass owner = elementClass(source, name);
		EClass parent = wanted != null ? wanted : metamodel.containerOf(owner);
		return new Nodes.Container(source, wanted, new ExpressionType(parent, source.type.many()));
	}

	private Node filter(Node source, Token bracket) throws ExpressionException {
		elementClass(source, bracket);
		int savedSlot = implicitSlot;
		ExpressionType savedType = implicitType;
		implicitSlot = frameSize++;
		implicitType = source.type.asOne();
		Node predicate = expression();
		if (!predicate.type.isBoolean()) {
			throw new ExpressionException("a filter needs a condition (true or false), not " + predicate.type,
					bracket.position());
		}
		expect("]");
		Node filter = new Nodes.Filter(source, predicate, implicitSlot);
		implicitSlot = savedSlot;
		implicitType = savedType;
		return filter;
	}

	private EClass elementClass(Node source, Token at) throws ExpressionException {
		if (source.type.classifier() instanceof EClass eClass) {
			return eClass;
		}
		throw new ExpressionException("'" + at.text() + "' needs model elements, not " + source.type, at.position());
	}

	private EClass classNamed(Token name) throws ExpressionException {
		return metamodel.findClass(name.text()).orElseThrow(() -> new ExpressionException(
				"no class '" + name.text() + "' in " + metamodel.mainPackage().getName(), name.position()));
	}

	private Node booleanOperand(Node operand, Token operator) throws ExpressionException {
		if (!operand.type.isBoolean() && operand.type.classifier() != null) {
			throw new ExpressionException("'" + operator.text() + "' needs conditions, not " + operand.type,
					operator.position());
		}
		return operand;
	}

	private void orderable(Node operand, Token operator) throws ExpressionException {
		ExpressionType type = operand.type;
		if (type.classifier() != null && !type.isNumber() && !type.isString()
				&& type.classifier() != EcorePackage.Literals.EJAVA_OBJECT) {
			throw new ExpressionException("'" + operator.text() + "' compares numbers or texts, not " + type,
					operator.position());
		}
	}

	private Token expectName() throws ExpressionException {
		Token token = next();
		if (token.kind() != Token.Kind.IDENTIFIER) {
			throw new ExpressionException("a name was expected after '.', not " + token.describe(), token.position());
		}
		return token;
	}

	private void expect(String symbol) throws ExpressionException {
		Token token = next();
		if (!token.is(symbol)) {
			throw new ExpressionException("'" + symbol + "' was expected, not " + token.describe(), token.position());
		}
	}

	private Token peek() {
		return tokens.get(index);
	}

	private Token next() {
		Token token = tokens.get(index);
		if (token.kind() != Token.Kind.END) {
			index++;
		}
		return token;
	}
}
