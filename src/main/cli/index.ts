console.log('casefile cli')
