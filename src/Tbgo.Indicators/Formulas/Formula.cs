using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// A small arithmetic formula over named quantities, as written in indicator definitions
/// (<c>mki / (bvo * rsp)</c>). Supports <c>+ - * /</c>, parentheses, unary minus, numbers
/// (pure numbers) and the functions <c>min</c>, <c>max</c> and <c>abs</c>. Evaluation checks
/// dimensions: adding m2 to dwellings is an error, and units multiply and divide. The literal
/// <c>0</c> is zero in any unit, so <c>max(0, gwp)</c> and <c>gwp - 0</c> work for dimensioned inputs.
/// </summary>
public sealed class Formula
{
    private const int MaxLength = 1000;
    private const int MaxDepth = 40;

    private readonly Node _root;

    private Formula(string text, Node root, ImmutableArray<string> identifiers)
    {
        Text = text;
        _root = root;
        Identifiers = identifiers;
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The input names the formula uses, in order of first use.</summary>
    public ImmutableArray<string> Identifiers { get; }

    /// <summary>Parses a formula.</summary>
    /// <exception cref="FormulaException">The text is not a formula; the message says why and where.</exception>
    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new FormulaException($"the formula is longer than {MaxLength} characters");
        }

        var parser = new Parser(text);
        var root = parser.ParseAll();
        return new Formula(text, root, [.. parser.Identifiers]);
    }

    /// <summary>Evaluates the formula with the given inputs.</summary>
    /// <exception cref="FormulaException">An input is missing, dimensions do not match, or a division by zero occurs.</exception>
    public Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        try
        {
            return _root.Evaluate(inputs);
        }
        catch (IncompatibleUnitsException ex)
        {
            throw new FormulaException($"the dimensions do not match: {ex.Message.TrimEnd('.')}", ex);
        }
        catch (DivideByZeroException ex)
        {
            throw new FormulaException("the formula divides by zero", ex);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FormulaException("the result is not a finite number", ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private abstract class Node
    {
        /// <summary>True for the literal 0, which takes the unit of the value it meets.</summary>
        public virtual bool IsZero => false;

        public abstract Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs);

        /// <summary>Evaluates, giving a zero literal the unit of <paramref name="other"/>.</summary>
        public Quantity EvaluateLike(Quantity other, IReadOnlyDictionary<string, Quantity> inputs) =>
            IsZero ? new Quantity(0, other.Unit) : Evaluate(inputs);
    }

    private sealed class NumberNode(double value) : Node
    {
        public override bool IsZero => value == 0;

        public override Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs) => new(value, Unit.One);
    }

    private sealed class InputNode(string name) : Node
    {
        public override Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs) =>
            inputs.TryGetValue(name, out var q) ? q : throw new FormulaException($"the input '{name}' is not given");
    }

    private sealed class NegateNode(Node inner) : Node
    {
        public override Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs) => -inner.Evaluate(inputs);
    }

    private sealed class BinaryNode(char op, Node left, Node right) : Node
    {
        public override Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs)
        {
            Quantity a, b;
            if (op is '+' or '-' && left.IsZero && !right.IsZero)
            {
                b = right.Evaluate(inputs);
                a = left.EvaluateLike(b, inputs);
            }
            else
            {
                a = left.Evaluate(inputs);
                b = op is '+' or '-' ? right.EvaluateLike(a, inputs) : right.Evaluate(inputs);
            }

            return op switch
            {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                _ => a / b,
            };
        }
    }

    private sealed class CallNode(string name, ImmutableArray<Node> args) : Node
    {
        public override Quantity Evaluate(IReadOnlyDictionary<string, Quantity> inputs)
        {
            // Zero literals take the unit of the first argument that is not one.
            var anchor = args.FirstOrDefault(a => !a.IsZero)?.Evaluate(inputs);
            var values = args.Select(a => anchor is { } q ? a.EvaluateLike(q, inputs) : a.Evaluate(inputs)).ToList();
            switch (name)
            {
                case "abs":
                    return values[0].Value < 0 ? -values[0] : values[0];
                case "min":
                case "max":
                    var best = values[0];
                    foreach (var v in values.Skip(1))
                    {
                        var c = v.CompareTo(best);
                        if ((name == "min" && c < 0) || (name == "max" && c > 0))
                        {
                            best = v;
                        }
                    }

                    // The result takes the first argument's unit, so min(0, x) keeps x's dimension checked.
                    return best.ConvertTo(values[0].Unit);
                default:
                    throw new FormulaException($"unknown function '{name}'");
            }
        }
    }

    private sealed class Parser(string text)
    {
        private int _p;
        private int _depth;

        public List<string> Identifiers { get; } = [];

        public Node ParseAll()
        {
            var node = ParseSum();
            Skip();
            if (_p < text.Length)
            {
                throw Error($"unexpected '{text[_p]}'");
            }

            return node;
        }

        private Node ParseSum()
        {
            var left = ParseProduct();
            while (true)
            {
                Skip();
                if (_p < text.Length && text[_p] is '+' or '-')
                {
                    var op = text[_p++];
                    left = new BinaryNode(op, left, ParseProduct());
                }
                else
                {
                    return left;
                }
            }
        }

        private Node ParseProduct()
        {
            var left = ParseUnary();
            while (true)
            {
                Skip();
                if (_p < text.Length && text[_p] is '*' or '/')
                {
                    var op = text[_p++];
                    left = new BinaryNode(op, left, ParseUnary());
                }
                else
                {
                    return left;
                }
            }
        }

        private Node ParseUnary()
        {
            Skip();
            if (_p < text.Length && text[_p] == '-')
            {
                _p++;
                return new NegateNode(Enter(ParseUnary));
            }

            return ParsePrimary();
        }

        private Node ParsePrimary()
        {
            Skip();
            if (_p >= text.Length)
            {
                throw Error("a value is missing at the end");
            }

            var c = text[_p];
            if (c == '(')
            {
                _p++;
                var inner = Enter(ParseSum);
                Expect(')');
                return inner;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                var start = _p;
                while (_p < text.Length && (char.IsAsciiDigit(text[_p]) || text[_p] == '.' || ((text[_p] is 'e' or 'E') && _p + 1 < text.Length && (char.IsAsciiDigit(text[_p + 1]) || text[_p + 1] is '-' or '+')) || ((text[_p] is '-' or '+') && text[_p - 1] is 'e' or 'E')))
                {
                    _p++;
                }

                var literal = text[start.._p];
                return InvariantNumber.TryParse(literal, out var v) ? new NumberNode(v) : throw Error($"'{literal}' is not a number");
            }

            if (char.IsAsciiLetterLower(c))
            {
                var start = _p;
                while (_p < text.Length && (char.IsAsciiLetterLower(text[_p]) || char.IsAsciiDigit(text[_p]) || text[_p] == '_'))
                {
                    _p++;
                }

                var name = text[start.._p];
                Skip();
                if (_p < text.Length && text[_p] == '(')
                {
                    _p++;
                    if (name is not ("min" or "max" or "abs"))
                    {
                        throw Error($"unknown function '{name}'; use min, max or abs");
                    }

                    var args = ImmutableArray.CreateBuilder<Node>();
                    do
                    {
                        args.Add(Enter(ParseSum));
                        Skip();
                    }
                    while (_p < text.Length && text[_p] == ',' && ++_p > 0);
                    Expect(')');
                    if (name == "abs" ? args.Count != 1 : args.Count < 2)
                    {
                        throw Error(name == "abs" ? "abs takes one argument" : $"{name} takes two or more arguments");
                    }

                    return new CallNode(name, args.ToImmutable());
                }

                if (!Identifiers.Contains(name))
                {
                    Identifiers.Add(name);
                }

                return new InputNode(name);
            }

            throw Error($"unexpected '{c}'");
        }

        private Node Enter(Func<Node> parse)
        {
            if (++_depth > MaxDepth)
            {
                throw Error($"the formula nests deeper than {MaxDepth} levels");
            }

            var node = parse();
            _depth--;
            return node;
        }

        private void Expect(char c)
        {
            Skip();
            if (_p >= text.Length || text[_p] != c)
            {
                throw Error($"'{c}' expected");
            }

            _p++;
        }

        private void Skip()
        {
            while (_p < text.Length && text[_p] == ' ')
            {
                _p++;
            }
        }

        private FormulaException Error(string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{message} at character {_p + 1} of '{text}'"));
    }
}
