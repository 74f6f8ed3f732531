// A bare specifier the map does not know is an error that says so, and
// names the importing module.
// flags: --import-map=${DIR}/fixtures/map.json
// expect-error: Relative import path "lodash" not prefixed with / or ./ or ../ and not in import map from "${URL}"
// expect-stderr-line:     at ${URL}:6:23
import { chunk } from "lodash";
print(chunk);
