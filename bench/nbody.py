# Float arithmetic on lists: a leapfrog gravity simulation of a made-up five-body
# system. Positions and velocities live in per-body lists of three floats.
# Checksum: the total energy before and after, and the final centre of mass,
# each rounded to millionths.
import sys

DEFAULT_N = 50000
TINY_N = 20
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def make_bodies():
    # (mass, position, velocity) in arbitrary units.
    specs = [
        (50.0, [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]),
        (0.8, [4.0, 0.0, 0.3], [0.0, 3.4, 0.1]),
        (0.5, [-6.5, 1.0, -0.2], [-0.42, -2.74, 0.0]),
        (0.05, [0.0, 9.0, 0.5], [-2.3, 0.1, -0.05]),
        (0.01, [11.0, -3.0, 1.0], [0.6, 2.0, 0.2]),
    ]
    bodies = []
    for mass, pos, vel in specs:
        bodies.append([mass, pos[:], vel[:]])
    # Remove the net momentum so the system does not drift.
    px = py = pz = 0.0
    total_mass = 0.0
    for mass, pos, vel in bodies:
        px += mass * vel[0]
        py += mass * vel[1]
        pz += mass * vel[2]
        total_mass += mass
    for body in bodies:
        vel = body[2]
        vel[0] -= px / total_mass
        vel[1] -= py / total_mass
        vel[2] -= pz / total_mass
    return bodies


def energy(bodies):
    e = 0.0
    count = len(bodies)
    for i in range(count):
        mass, pos, vel = bodies[i]
        e += 0.5 * mass * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2])
        for j in range(i + 1, count):
            other_mass, other_pos, _ = bodies[j]
            dx = pos[0] - other_pos[0]
            dy = pos[1] - other_pos[1]
            dz = pos[2] - other_pos[2]
            e -= mass * other_mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, dt, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for a, b in pairs:
            pa = a[1]
            pb = b[1]
            dx = pa[0] - pb[0]
            dy = pa[1] - pb[1]
            dz = pa[2] - pb[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            ma = a[0] * mag
            mb = b[0] * mag
            va = a[2]
            vb = b[2]
            va[0] -= dx * mb
            va[1] -= dy * mb
            va[2] -= dz * mb
            vb[0] += dx * ma
            vb[1] += dy * ma
            vb[2] += dz * ma
        for body in bodies:
            pos = body[1]
            vel = body[2]
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def fixed(x):
    # Micro-units, rounded: tolerant of a last-bit difference in pow() between libms.
    if x < 0.0:
        return -int(-x * 1000000.0 + 0.5)
    return int(x * 1000000.0 + 0.5)


bodies = make_bodies()
e0 = energy(bodies)
advance(bodies, 0.001, N)
e1 = energy(bodies)
cx = cy = cz = 0.0
for mass, pos, vel in bodies:
    cx += mass * pos[0]
    cy += mass * pos[1]
    cz += mass * pos[2]
print("nbody", N, fixed(e0), fixed(e1), fixed(cx), fixed(cy), fixed(cz))
