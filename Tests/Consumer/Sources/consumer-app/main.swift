import Foundation
import PetsBuilt
import PetsCommitted

// Both modules declare Client and APIError: each is reached through its <Module>Client and
// <Module>Error aliases (or qualified, PetsBuilt.APIError).
guard CommandLine.arguments.count > 1, let base = URL(string: CommandLine.arguments[1]) else {
    print("usage: consumer-app BASE_URL")
    exit(2)
}
let pets = PetsBuiltClient(server: .custom(base))
let stores = PetsCommittedClient(server: .custom(base))
do {
    for pet in try await pets.allPets(limit: 2) {
        print("pet \(pet.title) born \(pet.born ?? "-") costs \(pet.price?.text ?? "-")")
    }
    for store in try await stores.listStores() {
        print("store \(store.name)")
    }
    _ = try await stores.listStores()
} catch let error as PetsBuiltError {
    print("pets error: \(error)")
    exit(1)
} catch let error as PetsCommittedError {
    print("stores error \(error.httpResponse?.status ?? 0)")
    exit(0)
}
