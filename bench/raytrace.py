# Object-heavy float work: a small ray tracer built from Vec, Ray and shape objects.
# Every vector operation allocates a new object, so this stresses allocation,
# attribute access and method calls. Checksum: the sum of quantised pixel channels.
import sys

DEFAULT_N = 120
TINY_N = 6
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, other):
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.centre = centre
        self.radius2 = radius * radius
        self.colour = colour
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        disc = b * b - (oc.dot(oc) - self.radius2)
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal(self, point):
        return (point - self.centre).unit()

    def colour_at(self, point):
        return self.colour


class Floor:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if -1e-9 < dy < 1e-9:
            return None
        t = (self.height - ray.origin.y) / dy
        if t > 1e-6:
            return t
        return None

    def normal(self, point):
        return self.up

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.3)


class Scene:
    def __init__(self):
        self.shapes = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.1),
            Sphere(Vec(2.0, 0.5, 4.0), 0.5, Vec(0.3, 0.4, 0.95), 0.6),
            Floor(0.0, 0.25),
        ]
        self.light = Vec(-4.0, 6.0, -2.0)
        self.ambient = 0.12

    def nearest(self, ray):
        best_t = 1e30
        best = None
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and t < best_t:
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            k = 0.5 + 0.5 * ray.direction.y
            return Vec(0.3 * k, 0.5 * k, 0.9 * k)
        point = ray.at(t)
        normal = shape.normal(point)
        base = shape.colour_at(point)
        light_vec = self.light - point
        distance = light_vec.length()
        to_light = light_vec.scale(1.0 / distance)
        lambert = normal.dot(to_light)
        brightness = self.ambient
        if lambert > 0.0 and not self.shadowed(point, to_light, distance):
            brightness = brightness + lambert
        colour = base.scale(brightness)
        if depth > 0 and shape.mirror > 0.0:
            d = ray.direction
            reflected = d - normal.scale(2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth - 1)
            colour = colour.scale(1.0 - shape.mirror) + bounce.scale(shape.mirror)
        return colour


def channel(value):
    if value < 0.0:
        return 0
    if value > 1.0:
        return 255
    return int(value * 255.0)


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.2, -1.0)
    total = 0
    weighted = 0
    for row in range(size):
        y = 1.0 - 2.0 * row / size
        for col in range(size):
            x = 2.0 * col / size - 1.0
            ray = Ray(eye, Vec(x, y * 0.75, 1.5).unit())
            c = scene.trace(ray, 3)
            pixel = channel(c.x) * 65536 + channel(c.y) * 256 + channel(c.z)
            total += channel(c.x) + channel(c.y) + channel(c.z)
            weighted = (weighted * 31 + pixel) % 1000000007
    return total, weighted


total, weighted = render(N)
print("raytrace", N, total, weighted)
