// keeps vd_core non-empty until the first sources land
namespace vd { int coreLinked() { return 1; } }
