	.file	"kernels.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl dot
	.type	dot, @function
dot:
.LFB0:
	.cfi_startproc
	li 9,32
	addi 7,3,-4
	addi 8,4,-4
	li 3,0
	li 5,0
	mtctr 9
.L2:
	addi 9,7,4
	addi 6,8,4
	lwz 10,4(7)
	addi 8,8,8
	lwz 4,-4(8)
	addi 7,7,8
	lwz 9,4(9)
	lwz 6,4(6)
	mullw 10,10,4
	mullw 9,9,6
	add 3,3,10
	add 5,5,9
	bdnz .L2
	add 3,3,5
	blr
	.cfi_endproc
.LFE0:
	.size	dot,.-dot
	.align 2
	.globl xs_sum
	.type	xs_sum, @function
xs_sum:
.LFB1:
	.cfi_startproc
	cmpwi 0,4,0
	ble- 0,.L10
	andi. 9,4,0x1
	li 8,0
	addi 9,4,-1
	li 7,0
	bne- 0,.L19
.L13:
	srwi 9,4,1
	mtctr 9
.L9:
	slwi 9,3,13
	xor 9,9,3
	srwi 10,9,17
	xor 10,10,9
	slwi 9,10,5
	xor 9,9,10
	slwi 10,9,13
	add 8,8,9
	xor 10,10,9
	srwi 9,10,17
	xor 9,9,10
	slwi 3,9,5
	xor 3,3,9
	add 7,7,3
	bdnz .L9
.L17:
	add 3,8,7
	blr
.L19:
	slwi 10,3,13
	cmpwi 0,9,0
	xor 10,10,3
	srwi 9,10,17
	xor 9,9,10
	slwi 3,9,5
	xor 3,3,9
	mr 8,3
	bne+ 0,.L13
	b .L17
.L10:
	li 3,0
	blr
	.cfi_endproc
.LFE1:
	.size	xs_sum,.-xs_sum
	.align 2
	.globl sample_many
	.type	sample_many, @function
sample_many:
.LFB3:
	.cfi_startproc
	mr. 0,4
	ble- 0,.L26
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	lis 4,0x19
	li 5,0
	mr 12,3
	ori 4,4,0x660d
	ori 5,5,0xffff
	stw 30,8(1)
	.cfi_offset 30, -8
	lis 30,lcg_state@ha
	lwz 9,lcg_state@l(30)
	li 11,0
	stw 31,12(1)
	.cfi_offset 31, -4
	lhz 31,0(3)
	li 3,0
.L22:
	mullw 9,9,4
	addis 9,9,0x3c6f
	addi 9,9,-3233
	srwi 10,9,16
	cmpw 0,10,5
	beq+ 0,.L22
	cmplw 0,10,31
	blt- 0,.L23
	mr 7,12
	li 8,0
.L24:
	lhzu 6,2(7)
	addi 8,8,1
	cmplw 0,6,10
	ble+ 0,.L24
	add 3,3,8
.L23:
	addi 11,11,1
	cmpw 0,0,11
	bne+ 0,.L22
	stw 9,lcg_state@l(30)
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L26:
	li 3,0
	blr
	.cfi_endproc
.LFE3:
	.size	sample_many,.-sample_many
	.align 2
	.globl div_sum
	.type	div_sum, @function
div_sum:
.LFB4:
	.cfi_startproc
	lis 4,0x9249
	lis 5,0xcccc
	li 9,64
	addi 6,3,-4
	ori 4,4,0x2493
	ori 5,5,0xcccd
	li 3,0
	mtctr 9
.L35:
	lwzu 7,4(6)
	mulhwu 9,7,5
	srawi 10,7,31
	mulhw 8,7,4
	srwi 9,9,3
	mulli 9,9,10
	add 8,8,7
	srawi 8,8,2
	subf 9,9,7
	subf 10,10,8
	add 9,10,9
	add 3,9,3
	bdnz .L35
	blr
	.cfi_endproc
.LFE4:
	.size	div_sum,.-div_sum
	.align 2
	.globl td
	.type	td, @function
td:
.LFB7:
	.cfi_startproc
	cmpwi 0,7,0
	ble- 0,.L39
	addi 12,5,-1
	mtctr 7
	b .L49
.L52:
	li 10,-32768
.L43:
	subf 10,11,10
	cmpwi 0,10,-32768
	bge- 0,.L44
.L53:
	li 10,-32768
.L45:
	mullw 10,10,8
	srawi 10,10,15
	cmpwi 0,10,32767
	ble- 0,.L46
	li 10,32767
.L46:
	add 10,10,11
	cmpwi 0,10,-32768
	bge- 0,.L47
	li 10,-32768
.L48:
	sthx 10,3,5
	bdz .L39
.L49:
	lbz 7,0(4)
	lbzu 10,1(4)
	lbzu 5,1(12)
	slwi 7,7,1
	slwi 10,10,2
	add 11,3,10
	lhax 0,3,10
	lha 10,2(11)
	add 7,7,5
	slwi 5,7,1
	lhax 11,3,5
	cmpw 0,10,0
	bge- 0,.L40
	mr 10,0
.L40:
	mullw 10,10,9
	srawi 10,10,15
	cmpwi 0,10,32767
	ble- 0,.L41
	li 10,32767
.L41:
	lbzx 7,6,7
	extsb 7,7
	slwi 7,7,8
	add 10,10,7
	cmpwi 0,10,-32768
	blt- 0,.L52
	cmpwi 0,10,32767
	ble- 0,.L43
	li 10,32767
	subf 10,11,10
	cmpwi 0,10,-32768
	blt- 0,.L53
.L44:
	cmpwi 0,10,32767
	ble- 0,.L45
	li 10,32767
	b .L45
.L47:
	cmpwi 0,10,32767
	ble- 0,.L48
	li 10,32767
	sthx 10,3,5
	bdnz .L49
.L39:
	lha 10,0(3)
	lha 3,22(3)
	add 3,10,3
	blr
	.cfi_endproc
.LFE7:
	.size	td,.-td
	.globl RW
	.globl AC
	.globl ST
	.globl Q
	.globl lcg_state
	.globl THR
	.globl B
	.globl A
	.section	".data"
	.align 2
	.type	THR, @object
	.size	THR, 16
THR:
	.short	4000
	.short	12000
	.short	20000
	.short	31000
	.short	-25536
	.short	-13536
	.short	-4536
	.short	-1
	.section	".bss"
	.align 2
	.type	RW, @object
	.size	RW, 12
RW:
	.zero	12
	.type	AC, @object
	.size	AC, 64
AC:
	.zero	64
	.type	ST, @object
	.size	ST, 65
ST:
	.zero	65
	.zero	3
	.type	Q, @object
	.size	Q, 24
Q:
	.zero	24
	.type	B, @object
	.size	B, 256
B:
	.zero	256
	.type	A, @object
	.size	A, 256
A:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align 2
	.type	lcg_state, @object
	.size	lcg_state, 4
lcg_state:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
