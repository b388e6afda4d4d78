using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Localization;

/// <summary>
/// The diagnostic texts in every language of <see cref="Texts.Languages"/>: English comes from
/// <see cref="DiagnosticDescriptors"/>, Dutch from a table keyed by code with the same <c>{placeholders}</c>.
/// Renders a <see cref="Diagnostic"/> in a language from the arguments it was created with
/// (<see cref="Diagnostic.Arguments"/>); arguments themselves (values, ids, and reasons written as free text) stay as given,
/// and a diagnostic created without arguments keeps its English message.
/// </summary>
public static partial class DiagnosticTexts
{
    private static readonly FrozenDictionary<string, Row> Dutch = new Dictionary<string, Row>(StringComparer.Ordinal)
    {
        ["TBGO1001"] = new("YAML-syntaxfout", "De YAML is niet goed gevormd: {reason}.", "Herstel de syntaxis op de aangegeven plek. Spring in met spaties, nooit met tabs; zet waarden met ': ' of een speciaal beginteken tussen aanhalingstekens."),
        ["TBGO1002"] = new("Ongeldige UTF-8", "Het bestand is geen geldige UTF-8: de byte 0x{byte} op positie {offset} begint of vervolgt geen UTF-8-teken.", "Sla het bestand op als UTF-8 (met of zonder byte order mark)."),
        ["TBGO1003"] = new("Bestand te groot", "Het bestand is groter dan de grens van {limit} bytes; het is niet gelezen.", "Definitiebestanden zijn klein; splits de inhoud of verhoog LoadOptions.MaxFileBytes als dit zo bedoeld is."),
        ["TBGO1004"] = new("Anker of alias", "YAML-ankers en -aliassen zijn niet toegestaan in definitiebestanden ('{name}').", "Schrijf de waarde volledig uit; aliassen verbergen herhaalde inhoud en kunnen het geheugengebruik laten exploderen."),
        ["TBGO1005"] = new("YAML-tag", "De YAML-tag '{tag}' is niet toegestaan; waarden zijn platte tekst waarvan het schema het type bepaalt.", "Verwijder de tag."),
        ["TBGO1006"] = new("Te diep genest", "Het document is dieper genest dan {limit} niveaus; het lezen is hier gestopt.", "Definitiebestanden zijn ondiep; dit is vrijwel zeker een vergissing of een kwaadwillend bestand."),
        ["TBGO1007"] = new("Te veel knopen", "Het document heeft meer dan {limit} knopen; het lezen is hier gestopt.", "Splits de inhoud of verhoog LoadOptions.MaxNodes als dit zo bedoeld is."),
        ["TBGO1008"] = new("Dubbele sleutel", "De sleutel '{key}' komt twee keer voor in één mapping; hij staat al op regel {line}, kolom {column}.", "Houd één van de twee; YAML legt niet vast welke zou gelden."),
        ["TBGO1009"] = new("Meer dan één document", "Een definitiebestand bevat precies één YAML-document, maar hier begint een tweede.", "Verwijder het scheidingsteken '---', of zet het tweede document in een eigen bestand."),
        ["TBGO1010"] = new("Leeg bestand", "Het bestand is leeg; een definitiebestand bevat één YAML-mapping.", null),
        ["TBGO1011"] = new("Lezen mislukt", "De invoer kon niet worden gelezen: {reason}.", null),
        ["TBGO1012"] = new("Sleutel is geen tekst", "Sleutels van een mapping moeten platte tekst zijn, geen lijst of mapping.", null),
        ["TBGO1101"] = new("Werkmap onleesbaar", "De werkmap kan niet worden gelezen: {reason}.", "Sla hem op als Excel-werkmap (.xlsx), bijvoorbeeld in Excel of LibreOffice met 'Opslaan als', en importeer opnieuw."),
        ["TBGO1102"] = new("Werkmap te groot", "De werkmap overschrijdt een grens: {reason}; hij is niet gelezen.", "Een catalogus-werkmap is klein; dit is een ander bestand, een beschadigd of een kwaadwillig bestand."),
        ["TBGO1103"] = new("Blad ontbreekt", "Het blad '{sheet}' ontbreekt; de rijen ervan zouden verloren gaan.", "Verwijder of hernoem geen bladen. Exporteer een nieuwe werkmap met 'tbgo sheet export' en neem uw wijzigingen daarin over."),
        ["TBGO1104"] = new("Blad niet gelezen", "Het blad '{sheet}' hoort niet bij de indeling van de catalogus en is niet gelezen.", null),
        ["TBGO1105"] = new("Onbekende kolom", "De kolom '{column}' hoort niet bij het blad '{sheet}'; de cellen ervan zouden verloren gaan.", "Kolomkoppen zijn de eigenschapsnamen uit het schema (name.nl, source.ref); laat ze zoals ze geëxporteerd zijn."),
        ["TBGO1106"] = new("Kolom ontbreekt", "De kolom '{column}' ontbreekt in het blad '{sheet}'.", "Verwijder of hernoem geen kolommen; laat een cel leeg om een eigenschap weg te laten."),
        ["TBGO1107"] = new("Kolom dubbel", "De kolom '{column}' staat twee keer in het blad '{sheet}' (eerst in kolom {first}).", null),
        ["TBGO1108"] = new("Verkeerde celinhoud", "De kolom '{column}' verwacht {expected}, maar de cel bevat '{value}'.", null),
        ["TBGO1109"] = new("Rij zonder ouder", "De rij hoort bij {what} '{key}', die geen rij van het blad '{sheet}' definieert.", "Voeg die rij toe aan het genoemde blad of verbeter de sleutel in deze rij."),
        ["TBGO1110"] = new("Sleutel ontbreekt", "De rij heeft geen '{column}'; elke rij van dit blad noemt de {what} waar hij bij hoort.", null),
        ["TBGO1111"] = new("Sleutel dubbel", "'{key}' is twee keer gedefinieerd in het blad '{sheet}' (ook in rij {row}).", null),
        ["TBGO1112"] = new("Onbruikbaar bestandspad", "Het bestandspad '{path}' kan niet worden gebruikt: {reason}.", "Laat 'file' leeg voor de gebruikelijke plek (pijler/thema/id.yaml, frameworks/id.yaml, factor-sets/id.yaml)."),
        ["TBGO1113"] = new("Getal in een tekstkolom", "De kolom '{column}' bevat tekst, maar de cel bevat het getal {value}; het is gelezen als '{value}'.", "Maak de cel op als tekst waar de cijfers ertoe doen: een spreadsheet bewaart 2026.10 als het getal 2026.1."),
        ["TBGO1114"] = new("Celfout", "De cel bevat een foutwaarde of een formule zonder waarde ('{value}').", "Typ de waarde zelf; van formules wordt alleen de laatst berekende waarde gelezen."),
        ["TBGO1115"] = new("Waarde past niet in een blad", "De waarde op '{pointer}' kan niet via een werkmap worden overgebracht: {reason}.", "Schrijf de waarde zo dat een cel hem kan bevatten (geen lege teksten of lijsten, geen regeleinden in lijstitems); er is niets geëxporteerd."),
        ["TBGO1116"] = new("Eén rij verwacht", "Het blad '{sheet}' beschrijft het ene bestand {file} en moet precies één rij hebben; het heeft er {count}.", null),
        ["TBGO1117"] = new("Commentaar gaat niet mee", "Commentaarregels binnen het bestand ({count}) gaan niet mee in de werkmap; een import die het bestand wijzigt, schrijft het zonder.", "Zet wat het commentaar zegt in een description- of note-veld, of in het commentaar bovenaan het bestand (kolom 'comment')."),
        ["TBGO2001"] = new("Onbekende sleutel", "De sleutel '{key}' is niet toegestaan in {context}.", "Controleer de spelling aan de hand van het schema; onbekende sleutels zijn fouten, zodat tikfouten niet onopgemerkt blijven."),
        ["TBGO2002"] = new("Ontbrekende sleutel", "De verplichte sleutel '{key}' ontbreekt in {context}.", null),
        ["TBGO2003"] = new("Verkeerd type", "Verwacht werd {expected} op {path}, maar gevonden is {actual}.", "Getallen hebben een decimale punt en geen scheidingsteken voor duizendtallen (0.8, niet 0,8)."),
        ["TBGO2004"] = new("Waarde niet toegestaan", "De waarde '{value}' op {path} is niet een van de toegestane waarden: {allowed}.", null),
        ["TBGO2005"] = new("Verkeerde vorm", "De waarde '{value}' op {path} is geen geldige {what}.", null),
        ["TBGO2006"] = new("Getal buiten de grenzen", "De waarde {value} op {path} moet {bound} zijn.", null),
        ["TBGO2007"] = new("Verkeerde lengte", "De {what} op {path} heeft {actual}, maar moet {bound} hebben.", null),
        ["TBGO2008"] = new("Ongeldige datum", "De waarde '{value}' op {path} is geen kalenderdatum in de vorm JJJJ-MM-DD.", null),
        ["TBGO2009"] = new("Geen alternatief past", "De waarde op {path} past bij {count} van de toegestane vormen ({forms}); ze moet passen bij {required}.", null),
        ["TBGO2010"] = new("Verboden vorm", "De waarde op {path} heeft een vorm die hier niet is toegestaan.", null),
        ["TBGO2011"] = new("Geen veelvoud", "De waarde {value} op {path} moet een veelvoud zijn van {step}.", null),
        ["TBGO2012"] = new("Waarde te diep genest", "De waarde op {path} is dieper genest dan {limit} niveaus; ze is niet verder gevalideerd.", "Definitie- en invoerbestanden zijn ondiep; dit is vrijwel zeker een vergissing of een vijandig bestand."),
        ["TBGO3001"] = new("Dubbele id", "De id '{id}' ({kind}) is al gedefinieerd in {other}.", "Id's zijn uniek en worden nooit hergebruikt; kies een nieuwe id."),
        ["TBGO3002"] = new("Id past niet bij bestand", "De indicator-id '{id}' past niet bij het pad van het bestand; verwacht werd het bestand op '{expected}'.", "Eén indicator per bestand: <pijler>/<thema>/<id>.yaml."),
        ["TBGO3003"] = new("Onbekende verwijzing", "Er is geen {kind} '{id}' gedefinieerd in deze catalogus.", null),
        ["TBGO3004"] = new("Eenheid past niet", "De eenheid '{unit}' ({dimension}) past niet bij {what} '{expected}' ({expectedDimension}).", null),
        ["TBGO3005"] = new("Overlappende grenswaarden", "Deze grenswaarde ({from} tot {to}) overlapt met die op regel {line} ({otherFrom} tot {otherTo}) voor dezelfde reikwijdte, soort en grondslag.", "Laat de eerdere (validTo) eindigen op de dag vóór de latere begint."),
        ["TBGO3006"] = new("Interval eindigt voor het begint", "De {what} eindigt ({to}) voordat ze begint ({from}).", null),
        ["TBGO3007"] = new("Vervallen inconsistent", "{reason}", null),
        ["TBGO3008"] = new("Rekenvoorbeeld klopt niet", "Het rekenvoorbeeld '{title}' verwacht {expected}, maar de bibliotheek berekent {actual}.", null),
        ["TBGO3009"] = new("Ongeldige formule", "De formule is niet bruikbaar: {reason}.", null),
        ["TBGO3010"] = new("Ongeldig bereik", "Het minimum {min} van het bereik is groter dan het maximum {max}.", null),
        ["TBGO3011"] = new("catalogue.yaml ontbreekt", "De map heeft geen catalogue.yaml en is dus geen catalogus.", "Voer lint uit op de map die catalogue.yaml bevat."),
        ["TBGO3012"] = new("Onverwacht bestand", "Het bestand hoort niet bij de indeling van de catalogus en is niet gelezen.", "Indicatoren staan op <pijler>/<thema>/<id>.yaml; kaders, factorsets en bronnen in hun eigen mappen."),
        ["TBGO3013"] = new("Dubbele toepasbaarheid", "De fase '{phase}' en schaal '{scale}' staan er meer dan eens in.", null),
        ["TBGO3014"] = new("Categorieën inconsistent", "{reason}", null),
        ["TBGO3015"] = new("Versie na catalogus", "De versie '{version}' is later dan de catalogusversie '{catalogue}'.", null),
        ["TBGO3016"] = new("Inconsistente verdeling", "{reason}", null),
        ["TBGO3017"] = new("Eenheid van factor past niet", "De factor '{id}' heeft de eenheid '{unit}', en dat is geen {expected}.", null),
        ["TBGO3018"] = new("Onbevestigde waarde", "De {what} berust op een bron gemarkeerd als '{confidence}'; controleer die aan de hand van het primaire document voordat u erop vertrouwt.", null),
        ["TBGO3019"] = new("Buiten plausibel bereik", "De waarde {value} ligt buiten het plausibele bereik van '{indicator}' ({range}).", null),
        ["TBGO3020"] = new("Ongeldig rekenvoorbeeld", "Het rekenvoorbeeld '{title}' kan niet worden uitgevoerd: {reason}.", null),
        ["TBGO3021"] = new("Plausibel bereik", "{reason}", "Exportvalidatie wijst waarden buiten het bereik af; geef de ruimste waarden die werkelijk kunnen voorkomen."),
        ["TBGO3022"] = new("Regel voor aandeel objecten ontbreekt", "De indicator '{indicator}' heeft de aggregatie share-of-objects maar geen regel shareOfObjects (de toets die de waarde van een object moet doorstaan, het gewicht en de bron).", "Voeg shareOfObjects toe met test (comparator, value, unit), weight (objects, floorArea, dwellings of residents) en source; zie indicators/README.md."),
        ["TBGO3023"] = new("Regel voor aandeel objecten zonder die aggregatie", "Een regel shareOfObjects hoort alleen bij de aggregatie share-of-objects, maar '{indicator}' heeft de aggregatie '{aggregation}'.", "Zet aggregation op share-of-objects, of verwijder shareOfObjects."),
        ["TBGO3050"] = new("Plaatshouder in definitie", "De waarde op {pointer} is nog een plaatshouder: '{text}'.", "Vervang elke TODO door de echte waarde en de bron ervan voordat de definitie de status draft verlaat."),
        ["TBGO4001"] = new("Onbekende of misvormde eenheid", "De eenheid '{unit}' kan niet worden gelezen: {reason}.", "Zie units.yaml voor de symbolen en aliassen die de parser kent."),
        ["TBGO4002"] = new("Onverenigbare eenheden", "De eenheid '{from}' ({fromDimension}) kan niet worden omgerekend naar '{to}' ({toDimension}).", null),
        ["TBGO4003"] = new("Geen getal", "'{text}' is geen eindig getal in invariante notatie (cijfers, een decimale punt, een optionele exponent).", null),
        ["TBGO4004"] = new("Geen hoeveelheid", "'{text}' is geen hoeveelheid: {reason}", "Schrijf een getal met een decimale punt, een spatie en een eenheid: 7200 EUR, 0.8 EUR/(m2.a)."),
        ["TBGO4005"] = new("Ongeldige eenheiddefinitie", "De eenheiddefinitie is niet bruikbaar: {reason}.", "Definieer eenheden op volgorde, elk als 'base <dimensie>' of in termen van eenheden die erboven zijn gedefinieerd."),
        ["TBGO5001"] = new("Geen goed gevormde JSON", "De export is geen goed gevormde JSON: {reason}.", "In een JSON-export kan na dit punt niets meer worden gelezen; herstel de syntaxis en valideer opnieuw. In NDJSON wordt alleen deze regel overgeslagen."),
        ["TBGO5002"] = new("Ongeldige UTF-8", "De {what} is geen geldige UTF-8-tekst.", "Sla de export op als UTF-8 (met of zonder byte order mark), niet als Latin-1 of Windows-1252."),
        ["TBGO5003"] = new("Record is geen object", "Record {record} is {actual}, maar een meetrecord is een object met benoemde velden.", "Schrijf elk record als {\"project\": ..., \"indicator\": ..., ...}."),
        ["TBGO5004"] = new("Onbekend veld", "Het veld '{field}' hoort niet bij een meetrecord.", "Een record is gesloten: alleen de velden van measurement-record.schema.json zijn toegestaan."),
        ["TBGO5005"] = new("Ontbrekend veld", "Het verplichte veld '{field}' ontbreekt.", null),
        ["TBGO5006"] = new("Verkeerd type", "Het veld '{field}' moet {expected} zijn, maar is {actual}.", null),
        ["TBGO5007"] = new("Waarde niet toegestaan", "De {field} '{value}' is niet een van de toegestane waarden: {allowed}.", null),
        ["TBGO5008"] = new("Verkeerde vorm", "De {field} '{value}' is geen geldige {what}.", null),
        ["TBGO5009"] = new("Tekst te lang", "De {field} heeft {length} tekens, meer dan de toegestane {max}: '{value}'.", null),
        ["TBGO5010"] = new("Geen eindig getal", "De waarde '{value}' is geen eindig getal: {reason}.", "Laat het record weg, of geef een echt gemeten of berekend getal."),
        ["TBGO5011"] = new("Getal als tekst gegeven", "De waarde van '{indicator}' moet een getal zijn, maar is de tekst '{value}'.", null),
        ["TBGO5012"] = new("Onbekende indicator", "De indicator '{indicator}' staat niet in catalogus {catalogue}.", "'tbgo list' toont de indicator-id's van de catalogus."),
        ["TBGO5013"] = new("Vervallen indicator", "De indicator '{indicator}' is vervallen in catalogus {catalogue}; hij is vervangen door '{replacement}'.", "Rapporteer voortaan de vervangende indicator."),
        ["TBGO5014"] = new("Hier niet van toepassing", "De indicator '{indicator}' is niet van toepassing in fase '{phase}' op schaal '{scale}'; hij is van toepassing op {applicable}.", null),
        ["TBGO5015"] = new("Onbekende categorie", "De waarde '{value}' is geen categorie van '{indicator}'; toegestaan: {allowed}.", null),
        ["TBGO5016"] = new("Onbekende of misvormde eenheid", "De eenheid '{unit}' kan niet worden gelezen: {reason}.", "Zie indicators/units.yaml voor de symbolen en aliassen die de parser kent."),
        ["TBGO5017"] = new("Eenheid past niet bij de indicator", "De eenheid '{unit}' ({dimension}) kan niet worden omgerekend naar '{expected}' ({expectedDimension}), de eenheid van '{indicator}'.", null),
        ["TBGO5018"] = new("Buiten plausibel bereik", "De waarde {value} ligt buiten het plausibele bereik van '{indicator}' ({range}).", "Controleer de eenheid en de orde van grootte; het bereik staat in de YAML van de indicator."),
        ["TBGO5019"] = new("Ongeldige periode", "De periode '{value}' is niet geldig: {reason}.", "Schrijf JJJJ, JJJJ-MM, JJJJ-MM-DD, of een interval begin/eind waarbij het begin niet na het eind ligt."),
        ["TBGO5020"] = new("Tegenstrijdig duplicaat", "Record {record} heeft hetzelfde project, object, indicator, schaal, fase en periode als record {first}, maar een andere waarde ({value}).", "Houd één waarde per sleutel; als beide kloppen, verschillen ze in object of periode."),
        ["TBGO5021"] = new("Catalogusversie klopt niet", "De export verwijst naar catalogus {expected}, maar de catalogus waartegen gevalideerd wordt is {actual}.", "Valideer tegen de catalogusversie waarvoor de export is gemaakt (--catalogue PAD), of exporteer opnieuw voor deze versie."),
        ["TBGO5022"] = new("Exportcontainer", "{reason}", "Zie measurement-export.schema.json voor de vorm van een JSON-export."),
        ["TBGO5023"] = new("CSV-kopregel", "De CSV-kopregel {problem}.", null),
        ["TBGO5024"] = new("Verkeerd aantal CSV-velden", "De rij heeft {actual} velden, maar de kopregel heeft er {expected}; de rij is niet verder gecontroleerd.", "Zet velden met het scheidingsteken, een aanhalingsteken of een regeleinde tussen aanhalingstekens: \"a;b\". Verdubbel een aanhalingsteken binnen een geciteerd veld: \"\""),
        ["TBGO5025"] = new("Record te groot", "De {what} is groter dan de grens van {limit} bytes; {consequence}.", "Een meetrecord is klein; dit is vrijwel zeker een beschadigd of kwaadwillend bestand."),
        ["TBGO5026"] = new("Geen records", "De export bevat geen records.", null),
        ["TBGO5027"] = new("Leeg bestand", "Het bestand is leeg; verwacht werd {expected}.", null),
        ["TBGO5028"] = new("Aanhalingsteken niet gesloten", "Een geciteerd CSV-veld dat hier begint, wordt nooit gesloten; het lezen is gestopt.", "Sluit het aanhalingsteken, en verdubbel elk aanhalingsteken binnen een geciteerd veld: \"\"."),
        ["TBGO5031"] = new("Onbekend gebouwtype", "Het gebouwtype {buildingType} staat niet in catalogus {catalogue}.", "De gebouwtypen zijn de gebruiksfuncties van het Bbl en hun subtypen onder 'buildingTypes' in indicators/catalogue.yaml; een verkeerd gespeld type selecteert geen grenswaarde."),
        ["TBGO5030"] = new("Getal onder het minimum", "Het veld {field} is {value}, minder dan het minimum {minimum}.", "Een gewicht (vloeroppervlak, woningen, bewoners) kan niet negatief zijn; laat het veld weg als het onbekend is."),
        ["TBGO5029"] = new("Veld twee keer gegeven", "Het veld '{field}' komt twee keer voor in het record; de eerste waarde is gecontroleerd.", "Geef elk veld één keer: JSON-lezers verschillen over welke van twee waarden geldt."),
        ["TBGO6001"] = new("Ongeldige JSON", "De rekeninvoer is geen geldige JSON: {reason}.", "Schrijf strikte JSON: geen commentaar, geen komma's aan het eind, sleutels tussen dubbele aanhalingstekens, getallen met een decimale punt, elke sleutel één keer."),
        ["TBGO6002"] = new("Onbekende verwijzing", "Er is geen {kind} '{id}' in de catalogus {catalogue}.", "'tbgo list' en 'tbgo show' tonen de id's die de catalogus bevat."),
        ["TBGO6003"] = new("Verkeerde soort grootheid", "De eenheid '{unit}' ({dimension}) kan niet worden gebruikt voor {what}: die vraagt een eenheid die om te rekenen is naar '{expected}' ({expectedDimension}).", "Geef de waarde in een eenheid van de juiste soort; eenheden worden omgerekend, nooit aangenomen."),
        ["TBGO6004"] = new("Waarde niet bruikbaar", "De waarde {value} kan niet worden gebruikt voor {what}: {reason}.", null),
        ["TBGO6005"] = new("Categorie niet in wegingsset", "De milieu-impactcategorie '{category}' zit niet in de wegingsset '{set}'; een berekening gebruikt één wegingsset en mengt nooit sets.", "Gebruik de categorie-id's van de set genoemd in 'weightingSet' ('tbgo show' toont ze), of herbereken de elementgegevens in die set."),
        ["TBGO6006"] = new("Fracties boven 100%", "De fracties {names} tellen op tot {sum}, meer dan 1 (100%).", "Elke fractie is een aandeel van dezelfde massa; samen zijn ze hoogstens 100%."),
        ["TBGO6007"] = new("Referentiestudieperiode onbekend", "Er is geen referentiestudieperiode bekend voor {reason}; geef 'referenceStudyPeriod' expliciet op.", "De MPG-studieperiode is 75 jaar voor woningen en 50 jaar voor kantoren (factorset mpg-reference-study-periods)."),
        ["TBGO6008"] = new("Niet aggregeerbaar", "De indicator '{indicator}' is als niet-aggregeerbaar gedeclareerd; objectwaarden kunnen niet worden opgeteld tot gebiedsniveau.", "Tel de onderliggende hoeveelheden (zoals massa's of aantallen) op met hun eigen indicatoren en bereken de verhouding op gebiedsniveau."),
        ["TBGO6009"] = new("Subindicator zonder totaal", "Element '{element}' geeft '{component}' maar niet '{parent}': subindicatoren worden gerapporteerd, nooit gewogen, dus het element zou geen klimaatkosten hebben.", "Geef ook het totaal ('{parent}'); de subindicatoren worden dan ernaast gerapporteerd."),
        ["TBGO6010"] = new("Twee keer gegeven", "'{value}' is twee keer gegeven in {what}; de eerste staat op {first}.", null),
        ["TBGO6011"] = new("Gewicht ontbreekt", "Object '{id}' heeft geen '{weight}', dat nodig is voor de {aggregation}-optelling van '{indicator}'.", null),
        ["TBGO6012"] = new("MKI-gegevens ontbreken", "{what} heeft geen kostengegevens: geef {options}.", "Een element heeft 'impacts' nodig (per categorie van de wegingsset) of zijn gepubliceerde 'mki' in EUR; zonder elementen heeft het gebouw 'mki' nodig (de MKI van het gebouw in EUR)."),
        ["TBGO6013"] = new("MKI twee keer gegeven", "{what} geeft zowel {first} als {second}; de MKI zou dan twee keer worden geteld.", "Geef één van beide: impacts per categorie of de gepubliceerde MKI voor een element; elementen of de MKI van het gebouw voor het gebouw."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Nouns that arguments such as {kind}, {context} and {what} are made of (schema titles, reference kinds): Dutch noun and article.
    private static readonly FrozenDictionary<string, (string Noun, string Article)> DutchTerms = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["applicability"] = ("toepasbaarheid", "de"),
        ["building type"] = ("gebouwtype", "het"),
        ["catalogue"] = ("catalogus", "de"),
        ["category"] = ("categorie", "de"),
        ["changelog entry"] = ("wijzigingsregel", "de"),
        ["conversion example"] = ("omrekenvoorbeeld", "het"),
        ["dimension"] = ("dimensie", "de"),
        ["factor"] = ("factor", "de"),
        ["factor set"] = ("factorset", "de"),
        ["formula"] = ("formule", "de"),
        ["formula example"] = ("formulevoorbeeld", "het"),
        ["formula input"] = ("formule-invoer", "de"),
        ["framework"] = ("kader", "het"),
        ["framework item"] = ("kaderitem", "het"),
        ["indicator"] = ("indicator", "de"),
        ["limit example"] = ("grenswaardevoorbeeld", "het"),
        ["limit value"] = ("grenswaarde", "de"),
        ["mapping"] = ("koppeling", "de"),
        ["measurement export"] = ("meetexport", "de"),
        ["measurement record"] = ("meetrecord", "het"),
        ["normalised measurement record"] = ("genormaliseerde meetrecord", "het"),
        ["object"] = ("object", "het"),
        ["percentile"] = ("percentiel", "het"),
        ["pillar"] = ("pijler", "de"),
        ["plausible range"] = ("plausibele bereik", "het"),
        ["qualifier"] = ("kwalificatie", "de"),
        ["quantity"] = ("grootheid", "de"),
        ["reference measurement"] = ("referentiemeting", "de"),
        ["scope"] = ("reikwijdte", "de"),
        ["source"] = ("bron", "de"),
        ["source list"] = ("bronnenlijst", "de"),
        ["source reference"] = ("bronverwijzing", "de"),
        ["summary statistics"] = ("samenvattende statistiek", "de"),
        ["theme"] = ("thema", "het"),
        ["unit"] = ("eenheid", "de"),
        ["unit registry"] = ("eenhedenregister", "het"),
        ["worked example"] = ("rekenvoorbeeld", "het"),
        ["name in Dutch and English"] = ("naam in het Nederlands en Engels", "de"),
        ["text in Dutch and English"] = ("tekst in het Nederlands en Engels", "de"),
        ["text in Dutch and/or English"] = ("tekst in het Nederlands en/of Engels", "de"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Hints that are a fixed lead-in followed by a list of names.
    private static readonly (string English, string Dutch)[] DutchHintPrefixes =
    [
        ("Allowed keys: ", "Toegestane sleutels: "),
        ("Allowed fields: ", "Toegestane velden: "),
        ("Fields: ", "Velden: "),
    ];

    private static readonly FrozenSet<string> TermPlaceholders = new[] { "kind", "context", "what" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The codes that have a Dutch title and message template, ordered.</summary>
    public static ImmutableArray<string> DutchCodes { get; } = [.. Dutch.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The short title of a code in a language (English when the language or the code has no translation).</summary>
    /// <exception cref="ArgumentException">The code is not declared in <see cref="DiagnosticDescriptors"/>.</exception>
    public static string Title(string code, string language) =>
        Translation(code, language)?.Title ?? Descriptor(code).Title;

    /// <summary>The message template of a code in a language, with the same placeholders as <see cref="DiagnosticDescriptor.MessageTemplate"/>.</summary>
    /// <exception cref="ArgumentException">The code is not declared in <see cref="DiagnosticDescriptors"/>.</exception>
    public static string MessageTemplate(string code, string language) =>
        Translation(code, language)?.Message ?? Descriptor(code).MessageTemplate;

    /// <summary>What to do about a code, in a language; <see langword="null"/> when the code has no help text.</summary>
    /// <exception cref="ArgumentException">The code is not declared in <see cref="DiagnosticDescriptors"/>.</exception>
    public static string? Help(string code, string language) =>
        Translation(code, language) is { } row ? row.Help : Descriptor(code).Help;

    /// <summary>
    /// The message of a diagnostic in a language: the translated template filled with the diagnostic's arguments.
    /// Falls back to <see cref="Diagnostic.Message"/> for English, unknown codes, and diagnostics without arguments.
    /// </summary>
    public static string Message(Diagnostic diagnostic, string language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Arguments is not { } args || Translation(diagnostic.Code, language) is not { } row
            || DiagnosticDescriptors.Find(diagnostic.Code) is not { } descriptor || descriptor.PlaceholderNames.Length != args.Count)
        {
            return diagnostic.Message;
        }

        var values = new string[args.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = TermPlaceholders.Contains(descriptor.PlaceholderNames[i]) ? DutchTerm(args[i]) : args[i];
        }

        return DiagnosticDescriptor.Fill(row.Message, descriptor.PlaceholderNames, values);
    }

    /// <summary>Translates an argument made of a known noun ("theme", "the indicator", "the limit value at /x"); other text stays as given.</summary>
    private static string DutchTerm(string value)
    {
        if (DutchTerms.TryGetValue(value, out var bare))
        {
            return bare.Noun;
        }

        if (string.Equals(value, "the top level", StringComparison.Ordinal))
        {
            return "het hoogste niveau";
        }

        if (ItemOfFramework().Match(value) is { Success: true } item)
        {
            return "item van kader " + item.Groups[1].Value;
        }

        if (TheNoun().Match(value) is { Success: true } m && DutchTerms.TryGetValue(m.Groups[1].Value, out var term))
        {
            return term.Article + " " + term.Noun + (m.Groups[2].Success ? " op " + m.Groups[2].Value : string.Empty);
        }

        return value;
    }

    /// <summary>
    /// The hint of a diagnostic in a language: the translated help when the hint is the code's help text, a translated
    /// "Did you mean ...?" when it is one, else the hint as given (English). <see langword="null"/> when there is no hint.
    /// </summary>
    public static string? Hint(Diagnostic diagnostic, string language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Hint is not { } hint || Translation(diagnostic.Code, language) is not { } row
            || DiagnosticDescriptors.Find(diagnostic.Code) is not { } descriptor)
        {
            return diagnostic.Hint;
        }

        if (descriptor.Help is { } help && row.Help is { } translated)
        {
            var args = diagnostic.Arguments ?? [];
            if (string.Equals(hint, help, StringComparison.Ordinal)
                || (args.Count == descriptor.PlaceholderNames.Length && string.Equals(hint, DiagnosticDescriptor.Fill(help, descriptor.PlaceholderNames, args), StringComparison.Ordinal)))
            {
                return DiagnosticDescriptor.Fill(translated, descriptor.PlaceholderNames, args);
            }
        }

        if (DidYouMean().Match(hint) is { Success: true } m)
        {
            return Texts.Format("common.didYouMean", language, m.Groups[1].Value.Replace("' or '", "' " + Texts.Get("common.or", language) + " '", StringComparison.Ordinal)) + m.Groups[2].Value;
        }

        foreach (var (english, dutch) in DutchHintPrefixes)
        {
            if (hint.StartsWith(english, StringComparison.Ordinal))
            {
                return dutch + hint[english.Length..];
            }
        }

        return hint;
    }

    /// <summary>Formats a diagnostic like <see cref="Diagnostic.ToString"/>, in a language: <c>file:line:col: CODE: message</c>.</summary>
    public static string Format(Diagnostic diagnostic, string language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => string.Empty,
            DiagnosticSeverity.Warning => Texts.Get("severity.warning", language) + ": ",
            _ => Texts.Get("severity.info", language) + ": ",
        };
        return $"{diagnostic.Location}: {diagnostic.Code}: {severity}{Message(diagnostic, language)}";
    }

    /// <summary>The placeholder names a template uses, in order (for checking that translations keep them).</summary>
    public static ImmutableArray<string> Placeholders(string template) => DiagnosticDescriptor.Placeholders(template);

    private static Row? Translation(string code, string language) =>
        string.Equals(Texts.Normalize(language), "nl", StringComparison.Ordinal) ? Dutch.GetValueOrDefault(code) : null;

    private static DiagnosticDescriptor Descriptor(string code) =>
        DiagnosticDescriptors.Find(code) ?? throw new ArgumentException($"'{code}' is not a diagnostic code.", nameof(code));

    [GeneratedRegex("^Did you mean ('[^?]*')\\?(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DidYouMean();

    [GeneratedRegex("^the (.+?)(?: at (/.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheNoun();

    [GeneratedRegex("^item of framework ('.*')$", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemOfFramework();

    private sealed record Row(string Title, string Message, string? Help);
}
