import Foundation
import XCTest

@testable import GoldenConstructs

/// Round trips through the golden fixture's generated models: renamed keys, keywords, free-form
/// JSON, unknown enum values, nullable numbers, base64 data and RFC 3339 dates, through the
/// generated module's own coders (`@testable`: they are internal).
final class ConstructsCodingTests: XCTestCase {
    private func roundTrip<Value: Codable & Equatable>(_ type: Value.Type, _ json: String) throws -> (Value, Any) {
        let decoded = try JSONCoding.decoder().decode(type, from: Data(json.utf8))
        let encoded = try JSONCoding.encoder().encode(decoded)
        XCTAssertEqual(try JSONCoding.decoder().decode(type, from: encoded), decoded)
        return (decoded, try JSONSerialization.jsonObject(with: encoded, options: .fragmentsAllowed))
    }

    func testThingRoundTripsEveryConstruct() throws {
        let json = #"""
            {"id": 9007199254740993, "created_at": "2024-10-30T23:58:27.427722Z", "kind": "fancy-thing",
             "default": true, "self": "https://example.com/things/1", "2fa": false, "score": null,
             "blob": "aGVsbG8=", "metadata": {"a": [1, "two", {"three": null}], "b": false},
             "anything": "text", "owner": {"name": "Ann", "role": "unknown"},
             "labels": [{"key": "k", "value": "v"}]}
            """#
        let (thing, object) = try roundTrip(Thing.self, json)
        XCTAssertEqual(thing.id, 9_007_199_254_740_993)
        XCTAssertEqual(thing.kind, .fancyThing)
        XCTAssertEqual(thing.default, true)
        XCTAssertEqual(thing._self?.absoluteString, "https://example.com/things/1")
        XCTAssertEqual(thing._2fa, false)
        XCTAssertNil(thing.score)
        XCTAssertEqual(thing.blob, Data("hello".utf8))
        XCTAssertEqual(thing.metadata?["a"], .array([.number(1), .string("two"), .object(["three": .null])]))
        XCTAssertEqual(thing.anything, .string("text"))
        XCTAssertEqual(thing.owner?.role, .unknown)
        XCTAssertEqual(thing.createdAt.timeIntervalSince1970, 1_730_332_707.427722, accuracy: 0.000_001)

        let encoded = try XCTUnwrap(object as? [String: Any])
        XCTAssertEqual(encoded["created_at"] as? String, "2024-10-30T23:58:27.427722Z")
        XCTAssertEqual(encoded["2fa"] as? Bool, false)
        XCTAssertEqual(encoded["kind"] as? String, "fancy-thing")
        XCTAssertNil(encoded["twoFa"])
    }

    func testUnknownEnumValuesSurviveARoundTrip() throws {
        let (thing, object) = try roundTrip(Thing.self, #"{"id": 1, "created_at": "2024-01-01T00:00:00Z", "kind": "brand-new", "owner": {"role": "guest"}}"#)
        XCTAssertEqual(thing.kind, .unknown("brand-new"))
        XCTAssertEqual(thing.owner?.role, .undocumented("guest"))
        XCTAssertEqual((object as? [String: Any])?["kind"] as? String, "brand-new")
        XCTAssertEqual(Kind(rawValue: "self"), ._self)
        XCTAssertEqual(Kind._42.rawValue, "42")
    }

    func testDatesWithAndWithoutFractionsAndOffsets() throws {
        let cases: [(String, Double)] = [
            ("2024-10-30T23:58:27Z", 1_730_332_707),
            ("2024-10-30T23:58:27.5Z", 1_730_332_707.5),
            ("2024-10-30T23:58:27.427722Z", 1_730_332_707.427722),
            ("2024-10-31T01:58:27.123+02:00", 1_730_332_707.123),
            ("1969-12-31T23:59:59Z", -1),
            ("2024-02-29T12:00:00z", 1_709_208_000),
        ]
        for (text, seconds) in cases {
            let (thing, _) = try roundTrip(Thing.self, #"{"id": 1, "kind": "plain", "created_at": "\#(text)"}"#)
            XCTAssertEqual(thing.createdAt.timeIntervalSince1970, seconds, accuracy: 0.000_001, text)
        }
        for invalid in ["2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-10-30 23:58", "2024-10-30T23:58:27.Z", "yesterday"] {
            XCTAssertThrowsError(
                try JSONCoding.decoder().decode(Thing.self, from: Data(#"{"id": 1, "kind": "plain", "created_at": "\#(invalid)"}"#.utf8)), invalid)
        }
    }

    func testUnionsDecodeInOrderAndEncodeBackTheSameJSON() throws {
        let cases: [(String, Envelope)] = [
            (#"{"type": "envelope", "geos": "unrestricted"}"#, Envelope(geos: .unrestricted)),
            (#"{"type": "envelope", "geos": ["us", "eu"], "outcome": 7}"#, Envelope(geos: .geos(["us", "eu"]), outcome: Outcome(integer: 7))),
            (#"{"type": "envelope", "geos": [], "outcome": "done"}"#, Envelope(geos: .geos([]), outcome: Outcome(string: "done"))),
            (
                #"{"type": "envelope", "geos": [], "outcome": {"title": "Nope", "status": 409}}"#,
                Envelope(geos: .geos([]), outcome: Outcome(problem: Problem(title: "Nope", status: 409)))
            ),
        ]
        for (json, expected) in cases {
            let (decoded, object) = try roundTrip(Envelope.self, json)
            XCTAssertEqual(decoded, expected, json)
            let original = try JSONSerialization.jsonObject(with: Data(json.utf8))
            XCTAssertEqual(object as? NSDictionary, original as? NSDictionary, json)
        }
        // anyOf keeps every alternative that matches: this object is a Pending and a Problem.
        let (pending, object) = try roundTrip(Envelope.self, #"{"type": "envelope", "geos": [], "outcome": {"eta": "2024-01-01T00:00:00Z"}}"#)
        XCTAssertEqual(pending.outcome?.pending, Outcome.Pending(eta: Date(timeIntervalSince1970: 1_704_067_200)))
        XCTAssertEqual(pending.outcome?.problem, Problem())
        XCTAssertNil(pending.outcome?.integer)
        XCTAssertEqual((object as? [String: Any])?["outcome"] as? [String: String], ["eta": "2024-01-01T00:00:00Z"])
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Envelope.self, from: Data(#"{"type": "envelope", "geos": "restricted"}"#.utf8)))
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Envelope.self, from: Data(#"{"type": "envelope", "geos": 3}"#.utf8)))
    }

    func testRecursiveStructsAreBoxedAndRoundTrip() throws {
        let json = #"{"name": "leaf", "parent": {"name": "root", "children": [{"name": "sibling"}]}}"#
        let (node, object) = try roundTrip(TreeNode.self, json)
        XCTAssertEqual(node.parent?.name, "root")
        XCTAssertEqual(node.parent?.children?.first?.name, "sibling")
        XCTAssertNil(node.children)
        XCTAssertEqual(object as? NSDictionary, try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
        var copy = node
        copy.parent?.name = "changed"
        XCTAssertEqual(node.parent?.name, "root", "boxed storage keeps value semantics")
    }

    func testDiscriminatorSelectsTheAlternative() throws {
        let (dog, dogJSON) = try roundTrip(Pet.self, #"{"petType": "doggo", "name": "Rex", "barks": true}"#)
        XCTAssertEqual(dog, .dog(Dog(petType: "doggo", name: "Rex", barks: true)))
        XCTAssertEqual((dogJSON as? [String: Any])?["barks"] as? Bool, true)
        // Without the discriminator a dog would decode as the first shape that fits (a cat).
        let (cat, _) = try roundTrip(Pet.self, #"{"petType": "Cat", "name": "Tom"}"#)
        XCTAssertEqual(cat, .cat(Cat(petType: "Cat", name: "Tom")))
        let (unknown, _) = try roundTrip(Pet.self, #"{"petType": "Parrot", "name": "Polly"}"#)
        XCTAssertEqual(unknown, .cat(Cat(petType: "Parrot", name: "Polly")), "unknown values fall back to trying shapes in order")
    }

    func testAdditionalPropertiesNextToDeclaredOnes() throws {
        let json = #"{"id": 1, "note": "n", "color": "red", "size": "L"}"#
        let (tagged, object) = try roundTrip(Tagged.self, json)
        XCTAssertEqual(tagged.id, 1)
        XCTAssertEqual(tagged.note, "n")
        XCTAssertEqual(tagged.additionalProperties, ["color": "red", "size": "L"])
        XCTAssertEqual(object as? NSDictionary, try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Tagged.self, from: Data(#"{"id": 1, "extra": 5}"#.utf8)))
    }

    func testDefaultsFillTheInitialiser() throws {
        let settings = Settings()
        XCTAssertEqual(settings.retries, 3)
        XCTAssertEqual(settings.mode, .created)
        XCTAssertEqual(settings.verbose, false)
        XCTAssertEqual(settings.label, "none")
        XCTAssertEqual(settings.ratio, 0.5)
        XCTAssertNil(settings.id)
        let (decoded, _) = try roundTrip(Settings.self, #"{"level": null}"#)
        XCTAssertNil(decoded.retries, "a missing member stays missing; the default is the server's")
        XCTAssertNil(decoded.level)
    }

    func testRequiredNullablePropertiesAreAlwaysWritten() throws {
        let unknown = Reading(value: nil, unit: "m")
        let object = try JSONSerialization.jsonObject(with: JSONCoding.encoder().encode(unknown)) as? NSDictionary
        XCTAssertEqual(object, ["value": NSNull(), "unit": "m"] as NSDictionary, "a required nullable member is sent as null")
        XCTAssertEqual(try JSONCoding.decoder().decode(Reading.self, from: Data(#"{"value": 2.5, "unit": "m"}"#.utf8)).value, 2.5)
        XCTAssertNil(try JSONCoding.decoder().decode(Reading.self, from: Data(#"{"value": null, "unit": "m"}"#.utf8)).value)
        XCTAssertNil(try JSONCoding.decoder().decode(Reading.self, from: Data(#"{"unit": "m"}"#.utf8)).value, "a missing member decodes as nil")
        XCTAssertEqual(Reading(value: 1, unit: "m"), Reading(value: 1, unit: "m"))
        XCTAssertNotEqual(Reading(value: 1, unit: "m"), Reading(value: nil, unit: "m"))
    }

    func testInheritanceDecodesSubtypesByDiscriminator() throws {
        let json = #"{"vehicles": [{"kind": "car", "wheels": 4, "seats": 5}, {"kind": "Bike", "gears": 21}, {"kind": "truck", "wheels": 6}]}"#
        let (garage, object) = try roundTrip(Garage.self, json)
        XCTAssertEqual(
            garage.vehicles,
            [
                .car(Car(kind: "car", wheels: 4, seats: 5)),
                .bike(Bike(kind: "Bike", gears: 21)),
                .base(Vehicle.Base(kind: "truck", wheels: 6)),
            ])
        XCTAssertEqual(object as? NSDictionary, try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    func testContainersOfThemselvesRoundTrip() throws {
        let forestJSON = #"{"oak": {"acorn": {}}, "elm": {}}"#
        let (forest, forestObject) = try roundTrip(Forest.self, forestJSON)
        XCTAssertEqual(forest, .members(["oak": .members(["acorn": .members([:])]), "elm": .members([:])]))
        XCTAssertEqual(forestObject as? NSDictionary, try JSONSerialization.jsonObject(with: Data(forestJSON.utf8)) as? NSDictionary)

        let chainJSON = "[[], [[[]]]]"
        let (chain, chainObject) = try roundTrip(Chain.self, chainJSON)
        XCTAssertEqual(chain, .items([.items([]), .items([.items([.items([])])])]))
        XCTAssertEqual(chainObject as? NSArray, try JSONSerialization.jsonObject(with: Data(chainJSON.utf8)) as? NSArray)

        let ringJSON = #"[{"a": [], "b": [{"c": []}]}]"#
        let (ring, ringObject) = try roundTrip(Ring.self, ringJSON)
        XCTAssertEqual(ring, .items([.members(["a": .items([]), "b": .items([.members(["c": .items([])])])])]))
        XCTAssertEqual(ringObject as? NSArray, try JSONSerialization.jsonObject(with: Data(ringJSON.utf8)) as? NSArray)
    }

    func testSchemasThatShareASwiftNameKeepTheirOwnTypes() throws {
        let json = #"{"third": {"second": "b"}, "first": {"first": "a"}}"#
        let (value, object) = try roundTrip(PetName3.self, json)
        XCTAssertEqual(value.third, PetName2(second: "b"))
        XCTAssertEqual(value.first, PetName(first: "a"))
        XCTAssertEqual(object as? NSDictionary, try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    /// Decodes `json`, encodes it back and checks the JSON is the same value.
    private func sameJSON<Value: Codable & Equatable>(_ type: Value.Type, _ json: String, file: StaticString = #filePath, line: UInt = #line) throws -> Value {
        let (decoded, object) = try roundTrip(type, json)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        XCTAssertEqual(object as? NSObject, original as? NSObject, json, file: file, line: line)
        return decoded
    }

    func testOneOfPrefersTheAlternativeThatDeclaresEveryMember() throws {
        XCTAssertEqual(try sameJSON(Sized.self, #"{"a": "", "b": 0}"#), .big(Big(a: "", b: 0)))
        XCTAssertEqual(try sameJSON(Sized.self, #"{"a": "x"}"#), .small(Small(a: "x")), "ties go to spec order")
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Sized.self, from: Data(#"{"b": 1}"#.utf8)))
    }

    func testOneOfChoosesByConstantTags() throws {
        let select = try sameJSON(Component.self, #"{"type": 3, "custom_id": "c", "options": ["x", "y"]}"#)
        XCTAssertEqual(select, .select(Select(type: 3, customId: "c", options: ["x", "y"])))
        XCTAssertEqual(try sameJSON(Component.self, #"{"type": 2, "label": "OK"}"#), .button(Button(type: 2, label: "OK")))
        XCTAssertEqual(
            ObjectAlternative.ranked(
                ["type": .number(3)],
                [
                    ObjectAlternative(alternative: 0, keys: ["type"], required: ["type"], tags: ["type": .number(2)], keepsOtherKeys: false),
                    ObjectAlternative(alternative: 1, keys: ["type"], required: ["type"], tags: ["type": .number(3)], keepsOtherKeys: false),
                    ObjectAlternative(alternative: 1, keys: ["type", "x"], required: ["type"], tags: ["type": .number(4)], keepsOtherKeys: false),
                ]), [1])
    }

    func testOptionalNullablePropertiesKeepAnExplicitNull() throws {
        let cleared = try sameJSON(Patch.self, #"{"icon": null}"#)
        XCTAssertNil(cleared.icon)
        XCTAssertEqual(cleared.$icon, .null)
        XCTAssertEqual(try sameJSON(Patch.self, #"{}"#).$icon, .absent)
        XCTAssertEqual(try sameJSON(Patch.self, #"{"icon": "i.png"}"#).icon, "i.png")

        var patch = Patch(icon: "a.png")
        XCTAssertEqual(patch.$icon, .value("a.png"))
        patch.$icon = .null
        XCTAssertEqual(String(decoding: try JSONCoding.encoder().encode(patch), as: UTF8.self), #"{"icon":null}"#)
        patch.icon = nil
        XCTAssertEqual(String(decoding: try JSONCoding.encoder().encode(patch), as: UTF8.self), "{}")
        // Next to additional properties the hand-written coding keeps the null too.
        let tagged = try sameJSON(Tagged.self, #"{"id": 1, "note": null, "color": "red"}"#)
        XCTAssertEqual(tagged.$note, .null)
    }

    func testUUIDsAreWrittenLowerCase() throws {
        let json = #"{"owner": "e3e70682-c209-4cac-a29f-6fbed82c07cd", "members": ["f728b4fa-4248-4e3a-8a5d-2f346baa9455"]}"#
        let patch = try sameJSON(Patch.self, json)
        XCTAssertEqual(patch.owner?.uuidString, "E3E70682-C209-4CAC-A29F-6FBED82C07CD")
        let upper = try JSONCoding.encoder().encode(Patch(owner: UUID(uuidString: "E3E70682-C209-4CAC-A29F-6FBED82C07CD")))
        XCTAssertEqual(String(decoding: upper, as: UTF8.self), #"{"owner":"e3e70682-c209-4cac-a29f-6fbed82c07cd"}"#)
    }

    func testBinaryInJSONIsTextAndFloatIsDouble() throws {
        let patch = try sameJSON(Patch.self, #"{"note": "plain text, not base64", "weight": 1e300}"#)
        XCTAssertEqual(patch.note, "plain text, not base64")
        XCTAssertEqual(patch.weight, 1e300)
    }

    func testNullableItemsAndValues() throws {
        let sparse = try sameJSON(Sparse.self, #"{"names": ["a", null], "pets": [null, {"petType": "Cat"}], "scores": {"x": 1, "y": null}}"#)
        XCTAssertEqual(sparse.names, ["a", nil])
        XCTAssertEqual(sparse.pets, [nil, Cat(petType: "Cat")])
        XCTAssertEqual(sparse.scores, ["x": 1, "y": Int?.none] as [String: Int?])
    }

    func testAllOfOfPrimitivesIsThePrimitiveAndAllOfOverAUnionKeepsTheJSON() throws {
        let stamp: Stamp = try JSONCoding.decoder().decode(Stamp.self, from: Data(#""2024-01-01T00:00:00Z""#.utf8))
        XCTAssertEqual(stamp.timeIntervalSince1970, 1_704_067_200)
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Stamp.self, from: Data("3".utf8)))
        _ = try sameJSON(SizedWithNote.self, #"{"a": "x", "b": 2, "c": "note"}"#)
    }

    func testSelfReferencingAnyOfDecodesWithoutRecursing() throws {
        XCTAssertEqual(try sameJSON(Looped.self, #""""#).string, "")
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Looped.self, from: Data("0".utf8)))
    }

    func testMultiTypeSchemasAreUnionsOfTheirTypes() throws {
        XCTAssertEqual(try sameJSON(Either.self, "0"), .integer(0))
        XCTAssertEqual(try sameJSON(Either.self, #""0""#), .string("0"))
    }

    func testUnionsOfUnionsChooseByTheTagsOfTheirObjects() throws {
        let json = #"{"event": "message.created", "data": {"message_id": "m", "text": "t"}}"#
        guard case .messageEvents(.messageEvent(let event)) = try sameJSON(StreamEvent.self, json) else {
            return XCTFail("not a message event")
        }
        XCTAssertEqual(event.data?.messageId, "m")
        guard case .runEvents(.runDone) = try sameJSON(StreamEvent.self, #"{"event": "run.done"}"#) else { return XCTFail("not run.done") }
    }

    /// Stripe's expandable fields: an ID or the object it names, told apart by JSON type (and
    /// the deleted object by its `deleted: true` tag), the ID reachable either way; the
    /// empty-string option of `anyOf [X, enum [""]]` is `.empty`.
    func testExpandableFieldsAndTheEmptyStringOption() throws {
        let (byID, _) = try roundTrip(Charge.self, #"{"id": "ch_1", "customer": "cus_1", "source": "cus_2", "payment_settings": "", "reason": ""}"#)
        XCTAssertEqual(byID.customer, .id("cus_1"))
        XCTAssertEqual(byID.customer?.id, "cus_1")
        XCTAssertEqual(byID.paymentSettings, .empty)
        XCTAssertEqual(byID.reason, .empty)

        let (expanded, object) = try roundTrip(Charge.self, #"{"id": "ch_1", "customer": {"id": "cus_1", "name": "Ann"}, "source": {"id": "cus_2"}}"#)
        XCTAssertEqual(expanded.customer, .customer(Customer(id: "cus_1", name: "Ann")))
        XCTAssertEqual(expanded.customer?.id, "cus_1")
        XCTAssertEqual(expanded.source?.id, "cus_2")
        XCTAssertEqual(((object as? [String: Any])?["customer"] as? [String: Any])?["name"] as? String, "Ann")

        let (deleted, _) = try roundTrip(Charge.self, #"{"id": "ch_1", "customer": {"id": "cus_1", "deleted": true}}"#)
        XCTAssertEqual(deleted.customer, .deletedCustomer(DeletedCustomer(id: "cus_1", deleted: true)))

        let (none, _) = try roundTrip(Charge.self, #"{"id": "ch_1", "customer": null}"#)
        XCTAssertNil(none.customer)
    }

    /// A union value that fits no alternative says why each one failed.
    func testAUnionThatMatchesNothingSaysWhyEachAlternativeFailed() throws {
        do {
            _ = try JSONCoding.decoder().decode(Charge.self, from: Data(#"{"id": "ch_1", "customer": 12}"#.utf8))
            XCTFail("decoded a number as a customer")
        } catch let DecodingError.dataCorrupted(context) {
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["customer"])
            // Foundation words the reasons (`Expected to decode String but found number instead`);
            // the union names each alternative once, without repeating the path above it.
            let reasons = context.debugDescription.components(separatedBy: "; ")
            XCTAssertEqual(reasons.count, 3, context.debugDescription)
            XCTAssertTrue(reasons[0].hasPrefix("The value matches none of the shapes of ExpandableCustomer: id: Expected"), context.debugDescription)
            XCTAssertTrue(reasons[1].hasPrefix("customer: Expected"), context.debugDescription)
            XCTAssertTrue(reasons[2].hasPrefix("deletedCustomer: Expected"), context.debugDescription)
            XCTAssertFalse(context.debugDescription.contains(".customer"), context.debugDescription)
        }
    }
}
