#!/usr/bin/env python3
"""Writes a deterministic synthetic OpenAPI 3.0 document for `make bench`.

    scripts/synthetic-spec.py SIZE_MB OUTPUT.json

The mix follows what large public APIs look like: objects with 5-25 properties (formats,
nullable fields, arrays, maps, inline enums and nested `$ref`s), string enums, `allOf`
extensions of a base object, `oneOf` unions with a discriminator, and resources whose
operations carry path/query/header parameters, JSON bodies and several responses. The shape
scales with the size: 3 MB is 600 operations and 800 schemas. A fixed seed makes the same
size produce the same bytes on any machine.
"""

import json
import random
import sys

OPERATIONS_PER_MB = 200
SCHEMAS_PER_MB = 800 / 3

WORDS = (
    "account balance billing catalog channel comment contact credential customer delivery "
    "device discount document event export feature file group invoice item label ledger "
    "message metric note order organization payment permission plan policy price product "
    "project quota receipt record refund region report request role rule schedule segment "
    "session setting shipment source subscription tag task team template ticket token "
    "transfer usage user vendor version webhook workflow workspace"
).split()
PROSE = (
    "the of a to is for this that when which with be returned by value used an on it "
    "are and only if or not in set as identifier request resource response field server "
    "client default current optional time created updated listed filtered ordered"
).split()
FORMATS = [("string", "date-time"), ("string", "uuid"), ("string", "email"), ("string", "uri"),
           ("string", "date"), ("string", None), ("string", None), ("string", None),
           ("integer", "int32"), ("integer", "int64"), ("number", "double"), ("number", "float"),
           ("boolean", None)]


def camel(*parts):
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pascal(*parts):
    return "".join(p[:1].upper() + p[1:] for p in parts)


class Synthesizer:
    def __init__(self, size_mb):
        self.random = random.Random(20261123)
        self.operation_count = max(1, round(size_mb * OPERATIONS_PER_MB))
        self.schema_count = max(8, round(size_mb * SCHEMAS_PER_MB))
        self.names = []
        self.kinds = {}
        self.current = 0

    def sentence(self, low=4, high=12):
        words = [self.random.choice(PROSE + WORDS) for _ in range(self.random.randint(low, high))]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def name(self, index):
        first = WORDS[index % len(WORDS)]
        second = WORDS[(index // len(WORDS) * 7 + index) % len(WORDS)]
        return pascal(first, second, str(index)) if index >= len(WORDS) else pascal(first)

    def plan(self):
        """Decides every schema's name and kind up front so references can point anywhere."""
        for index in range(self.schema_count):
            name = self.name(index)
            self.names.append(name)
            roll = self.random.random()
            if index < 4 or roll < 0.62:
                kind = "object"
            elif roll < 0.74:
                kind = "enum"
            elif roll < 0.88:
                kind = "allOf"
            else:
                kind = "oneOf"
            self.kinds[name] = kind
        self.objects = [n for n in self.names if self.kinds[n] == "object"]
        self.position = {name: index for index, name in enumerate(self.names)}

    def target(self, pool=None, itself=True):
        """A schema to reference: one declared earlier, as most APIs nest (an occasional
        reference to the schema itself, like a tree node's parent, keeps some recursion)."""
        if pool is None:
            earlier = self.names[: self.current]
        else:
            earlier = [name for name in pool if self.position[name] < self.current]
            pool = pool or self.names
        if itself and self.random.random() < 0.005 and self.current < len(self.names):
            return self.names[self.current]
        if not earlier:
            return None
        return self.random.choice(earlier)

    def ref(self, name):
        return {"$ref": "#/components/schemas/" + name} if name else {"type": "string"}

    def scalar(self):
        kind, fmt = self.random.choice(FORMATS)
        schema = {"type": kind}
        if fmt:
            schema["format"] = fmt
        if kind == "string" and fmt is None and self.random.random() < 0.2:
            schema["maxLength"] = self.random.choice([64, 255, 1024])
        if kind == "integer" and self.random.random() < 0.3:
            schema["minimum"] = 0
        return schema

    def property_schema(self, depth):
        roll = self.random.random()
        if roll < 0.50:
            schema = self.scalar()
        elif roll < 0.64:
            schema = self.ref(self.target())
        elif roll < 0.74:
            items = self.ref(self.target()) if self.random.random() < 0.6 else self.scalar()
            schema = {"type": "array", "items": items}
        elif roll < 0.80:
            values = self.ref(self.target(self.objects)) if self.random.random() < 0.4 else {"type": "string"}
            schema = {"type": "object", "additionalProperties": values}
        elif roll < 0.90:
            schema = {"type": "string", "enum": [self.random.choice(WORDS) + "_" + str(i) for i in range(self.random.randint(2, 6))]}
        elif roll < 0.95 and depth == 0:
            schema = self.object_schema(self.random.randint(2, 5), depth + 1)
        else:
            schema = self.scalar()
        if "$ref" not in schema and self.random.random() < 0.15:
            schema["nullable"] = True
        if "$ref" not in schema and self.random.random() < 0.45:
            schema["description"] = self.sentence()
        return schema

    def object_schema(self, count, depth=0):
        properties = {}
        for i in range(count):
            properties[camel(self.random.choice(WORDS), self.random.choice(WORDS), str(i))] = self.property_schema(depth)
        keys = list(properties)
        required = sorted(self.random.sample(keys, self.random.randint(1, max(1, len(keys) // 2))))
        return {"type": "object", "description": self.sentence(), "required": required, "properties": properties}

    def schema(self, index, name):
        self.current = index
        kind = self.kinds[name]
        if kind == "object":
            return self.object_schema(self.random.randint(5, 25))
        if kind == "enum":
            values = sorted({self.random.choice(WORDS) + "-" + self.random.choice(WORDS) for _ in range(self.random.randint(3, 12))})
            return {"type": "string", "description": self.sentence(), "enum": values}
        if kind == "allOf":
            base = self.target(self.objects, itself=False)
            return {"description": self.sentence(), "allOf": [self.ref(base), self.object_schema(self.random.randint(3, 10))]}
        earlier = [name for name in self.objects if self.position[name] < index]
        variants = self.random.sample(earlier, min(len(earlier), self.random.randint(2, 4)))
        mapping = {}
        one_of = []
        for variant in variants:
            one_of.append(self.ref(variant))
            mapping[variant[0].lower() + variant[1:]] = "#/components/schemas/" + variant
        return {
            "description": self.sentence(),
            "oneOf": one_of,
            "discriminator": {"propertyName": "kind", "mapping": mapping},
        }

    def components(self):
        schemas = {}
        for index, name in enumerate(self.names):
            schemas[name] = self.schema(index, name)
        # Every object variant of a union carries the discriminator property.
        for name, schema in schemas.items():
            if self.kinds[name] == "object":
                schema["properties"]["kind"] = {"type": "string", "description": "The kind of " + name + "."}
        schemas["Problem"] = {
            "type": "object",
            "description": "An error.",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "object", "additionalProperties": {"type": "string"}, "nullable": True},
            },
        }
        return {
            "schemas": schemas,
            "parameters": {
                "RequestId": {"name": "X-Request-Id", "in": "header", "schema": {"type": "string", "format": "uuid"}},
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                "Cursor": {"name": "cursor", "in": "query", "schema": {"type": "string"}},
            },
            "responses": {
                "NotFound": {"description": "Not found.", "content": {"application/json": {"schema": self.ref("Problem")}}},
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        }

    def error_responses(self):
        return {
            "400": {"description": "Invalid request.", "content": {"application/json": {"schema": self.ref("Problem")}}},
            "404": {"$ref": "#/components/responses/NotFound"},
            "default": {"description": "Unexpected error.", "content": {"application/json": {"schema": self.ref("Problem")}}},
        }

    def query_parameters(self):
        parameters = [{"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}]
        for i in range(self.random.randint(0, 4)):
            schema = self.random.choice([
                {"type": "string"},
                {"type": "boolean"},
                {"type": "string", "format": "date-time"},
                {"type": "array", "items": {"type": "string"}},
                {"type": "string", "enum": ["asc", "desc"]},
            ])
            parameters.append({"name": camel(self.random.choice(WORDS), "filter", str(i)), "in": "query",
                               "description": self.sentence(), "schema": schema})
        return parameters

    def paths(self):
        self.current = len(self.names)
        paths = {}
        made = 0
        resource = 0
        while made < self.operation_count:
            model = self.objects[resource % len(self.objects)]
            body = self.names[(resource * 13) % len(self.names)]
            segment = model[0].lower() + model[1:]
            collection = "/" + segment + "s"
            item = collection + "/{" + segment + "Id}"
            id_parameter = {"name": segment + "Id", "in": "path", "required": True, "schema": {"type": "string"}}
            tag = model
            operations = [
                (collection, "get", "list" + model + "s", {
                    "parameters": self.query_parameters() + [{"$ref": "#/components/parameters/RequestId"}],
                    "responses": {"200": {"description": "A page.", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["data"], "properties": {
                            "data": {"type": "array", "items": self.ref(model)},
                            "nextCursor": {"type": "string", "nullable": True}}}}}}},
                }),
                (collection, "post", "create" + model, {
                    "parameters": [{"$ref": "#/components/parameters/RequestId"}],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": self.ref(body)}}},
                    "responses": {"201": {"description": "Created.", "content": {"application/json": {"schema": self.ref(model)}}}},
                }),
                (item, "get", "get" + model, {
                    "parameters": [id_parameter, {"name": "expand", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}],
                    "responses": {"200": {"description": "Found.", "content": {"application/json": {"schema": self.ref(model)}}}},
                }),
                (item, "patch", "update" + model, {
                    "parameters": [id_parameter, {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                    "requestBody": {"content": {"application/json": {"schema": self.object_schema(self.random.randint(2, 6), 1)}}},
                    "responses": {"200": {"description": "Updated.", "content": {"application/json": {"schema": self.ref(model)}}}},
                }),
                (item, "delete", "delete" + model, {
                    "parameters": [id_parameter],
                    "responses": {"204": {"description": "Deleted."}},
                }),
            ]
            for path, method, operation_id, operation in operations:
                if made == self.operation_count:
                    break
                operation["operationId"] = operation_id
                operation["summary"] = self.sentence(3, 8)
                operation["description"] = self.sentence(10, 30)
                operation["tags"] = [tag]
                operation["responses"].update(self.error_responses())
                paths.setdefault(path, {})[method] = operation
                made += 1
            resource += 1
        return paths

    def document(self):
        self.plan()
        components = self.components()
        return {
            "openapi": "3.0.3",
            "info": {"title": "Synthetic", "version": "1.0.0", "description": "A synthetic API for benchmarks."},
            "servers": [{"url": "https://api.example.com/v1"}],
            "security": [{"bearer": []}],
            "paths": self.paths(),
            "components": components,
        }


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: synthetic-spec.py SIZE_MB OUTPUT.json")
    document = Synthesizer(float(sys.argv[1])).document()
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(document, out, indent=2)
        out.write("\n")


if __name__ == "__main__":
    main()
