# choices with weights, uniform, triangular, gauss and the other distributions match CPython's floats
import random

random.seed(31337)
print(random.choices("abc", k=6))
print(random.choices("abc", [1, 2, 3], k=6))
print(random.choices(["x", "y", "z"], weights=[0.1, 0.0, 5.5], k=6))
print(random.choices("abcd", cum_weights=[1, 1.5, 10, 10], k=6))
print(random.choices(range(100), k=4), random.choices([7]), random.choices("ab", k=0), random.choices("ab", k=-2))
print(random.choices([1, 2, 3], [2 ** 70, 1, 2 ** 69], k=5))

print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(2.5, -1), random.uniform(-3, -3), random.uniform(0, 2 ** 60))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(5, 1), random.triangular(2, 2, 2))
print(random.triangular(low=1, high=4, mode=4), random.triangular(1.0, 1.0))

print([random.gauss() for _ in range(5)])
print(random.gauss(5, 2), random.gauss(mu=-1, sigma=0.5), random.gauss(100, 0))
random.seed(1)
print(random.gauss(), random.gauss())
random.seed(1)
print(random.gauss())
random.seed(1)
print(random.gauss(), random.random())

print([random.normalvariate() for _ in range(3)], random.normalvariate(10, 2))
print(random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
print(random.expovariate(1), random.expovariate(0.5), random.expovariate(20))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 2), random.vonmisesvariate(-3, 50))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.gammavariate(0.01, 1))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(2), random.weibullvariate(1, 2))

total = 0.0
for _ in range(2000):
    total += random.gauss(0, 1)
print(round(total, 6))
print("%.12f" % sum(random.random() for _ in range(1000)))
